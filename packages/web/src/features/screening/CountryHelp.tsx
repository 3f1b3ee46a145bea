import { countryHelpFor, dialable, emergencyNumberText, type HelpService } from '@spinekind/core';
import { useProfile } from './api';
import { type SafetyTexts, useSafetyTexts } from './safety-texts';

/** `{{name}}` placeholders of core's help texts filled in (the texts are whole sentences per language). */
const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => params[key] ?? '');

/** One service: its name as the country writes it, the number to tap, and when it answers. */
function Service({ service, texts }: { service: HelpService; texts: SafetyTexts }) {
  const digits = dialable(service);
  const when = service.hours ?? (service.alwaysOpen ? texts.triage.help.allDay : undefined);
  return (
    <li>
      {service.name}
      {service.number && digits && (
        <>
          {': '}
          <a href={`tel:${digits}`}>{service.number}</a>
        </>
      )}
      {when && ` (${when})`}
    </li>
  );
}

/** Her country's help, from her profile's country (or her language's likely country when she set none). */
function useCountryHelp() {
  const { data: profile } = useProfile();
  const texts = useSafetyTexts();
  return { help: countryHelpFor(profile?.country, texts.locale), texts, country: profile?.country };
}

/** Where to get seen within 24 hours where she lives: shown with an `urgent` result. */
export function UrgentCareRoute() {
  const { help, texts } = useCountryHelp();
  const words = texts.triage.help;
  return (
    <section className="stack" aria-labelledby="where-to-go">
      <h2 id="where-to-go">{words.whereTitle}</h2>
      {help ? (
        <>
          <ul className="reasons">
            {help.urgentCare.services.map((s) => (
              <Service key={s.name} service={s} texts={texts} />
            ))}
          </ul>
          <p className="hint">
            <a href={help.urgentCare.source.url} rel="noopener noreferrer" target="_blank">
              {fill(words.source, { organisation: help.urgentCare.source.organisation })}
            </a>
          </p>
        </>
      ) : (
        <p>{words.noCountry}</p>
      )}
    </section>
  );
}

/** The crisis lines where she lives, with the emergency number first: shown with every mood-check result. */
export function CrisisLines() {
  const { help, texts, country } = useCountryHelp();
  const words = texts.triage.help;
  return (
    <section className="stack" aria-labelledby="crisis-lines">
      <h3 id="crisis-lines">{words.crisisTitle}</h3>
      <p>
        {fill(words.crisisIntro, { number: emergencyNumberText(country ?? help?.country, texts.triage) })}
      </p>
      {help ? (
        <ul className="reasons">
          {help.crisisLines.map((line) => (
            <Service key={`${line.name} ${line.number}`} service={line} texts={texts} />
          ))}
        </ul>
      ) : (
        <p>{words.noCountry}</p>
      )}
      {help?.crisisLines.map((line, i) =>
        help.crisisLines.findIndex((l) => l.source.url === line.source.url) === i ? (
          <p key={line.source.url} className="hint">
            <a href={line.source.url} rel="noopener noreferrer" target="_blank">
              {fill(words.source, { organisation: line.source.organisation })}
            </a>
          </p>
        ) : null,
      )}
    </section>
  );
}
