import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canSpeak, setVoiceCues, voiceCuesOn } from './speech';

/** Spoken cues on or off, remembered on this device; hidden where the browser cannot speak. */
export function VoiceToggle({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [on, setOn] = useState(voiceCuesOn);
  if (!canSpeak()) return null;
  return (
    <div className={compact ? 'voice-toggle voice-toggle-compact' : 'voice-toggle'}>
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={on}
          aria-describedby={compact ? undefined : `${id}-hint`}
          onChange={(e) => {
            setVoiceCues(e.target.checked);
            setOn(e.target.checked);
          }}
        />
        {t('player.voice')}
      </label>
      {!compact && (
        <p id={`${id}-hint`} className="hint">
          {t('player.voiceHint')}
        </p>
      )}
    </div>
  );
}
