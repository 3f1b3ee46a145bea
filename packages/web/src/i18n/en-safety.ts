/** English copy: the safety check and the "When to get help" page. */
export const safety = {
  help: {
    title: 'When to get help',
    intro:
      'Most back pain in midlife is not dangerous and eases with time and gentle movement. A few signs mean you should get checked quickly. If any of these are new for you, act on them — even if you are not sure.',
    emergency: {
      title: 'Call your emergency number now',
      action:
        'Call 999, 112, 911 or your local emergency number, or go to an emergency department. Do not wait to see if it settles, and do not drive yourself.',
    },
    urgent: {
      title: 'See a clinician today',
      action: "Contact your doctor's practice or an urgent-care service and ask to be seen within 24 hours.",
    },
    soon: {
      title: 'Book an appointment in the next 1–2 weeks',
      action: 'See your GP or a physiotherapist. Carry on with gentle activity meanwhile.',
    },
    items: {
      saddle:
        'New numbness or tingling around your genitals, bottom or inner thighs (where you would sit on a saddle).',
      bladder:
        'New trouble starting or stopping peeing, not feeling your bladder fill, leaking, or losing control of your bowels.',
      weakness:
        'Weakness in a leg that is new and getting worse — for example your foot dragging or your legs giving way.',
      bothLegs: 'Pain, numbness or tingling spreading down both legs.',
      tearing: 'Sudden, severe, tearing pain in your back or tummy, perhaps with feeling faint.',
      chest: 'Chest pain, breathlessness, or pain spreading to your arm or jaw.',
      cancerWeak: 'New leg weakness or numbness if you have had cancer.',
      fever: 'A fever (38 °C or more) or shivers with your back pain, or feeling generally very unwell.',
      fall: 'Back pain after a fall or a strain if your bones are fragile (osteoporosis, long-term steroid tablets, or over 65).',
      cancerNight: 'New, constant back pain that is worse at night if you have had cancer.',
      newWeak: 'A leg or foot that has become weak, even if it is not getting worse.',
      weight: 'Losing weight without trying.',
      nightPain: 'Constant pain that does not ease with rest or changing position.',
      sixWeeks: 'Pain that is not clearly better after about six weeks.',
      oneLeg: 'Pain, numbness or tingling below the knee in one leg that is not settling.',
      height: 'Losing height, or your upper back becoming more rounded.',
      stiff: 'Stiffness for more than half an hour every morning that eases as you move.',
    },
    bleeding: {
      title: 'Bleeding that needs a check',
      action: 'Book an appointment with your GP within the next 2 weeks.',
      afterMenopause:
        'Any bleeding or spotting after your periods have stopped for 12 months. At 55 or over, ask to be seen as soon as you can.',
      hysterectomy: 'Any bleeding after a hysterectomy.',
      hrt: 'Bleeding on HRT outside the pattern you were told to expect: on continuous HRT after the first 6 months, bleeds of more than 7 days, or bleeds between planned ones.',
      emergency:
        'Very heavy bleeding, or bleeding with feeling faint, dizzy or short of breath: call your emergency number now.',
      source:
        'Based on NICE guideline NG12 (updated 2023) and the British Menopause Society guidance on unscheduled bleeding on HRT (2024). Most causes are harmless, and a check finds early the few that are not.',
    },
    otherwise: {
      title: 'None of these?',
      text: 'Keep gently active and use your self-care plan. See a GP or physiotherapist if you are not clearly improving after 4–6 weeks, or if anything new appears.',
    },
    source:
      'Based on NICE guideline NG59 (low back pain and sciatica, 2016, updated 2020), NICE NG234 (spinal metastases and cord compression, 2023) and Finucane et al. (2020) on red flags. Evidence grade A: guideline recommendations.',
    never:
      'Spinekind never diagnoses and never suggests medicines. If you feel something is wrong, trust that and get help.',
  },
  screening: {
    title: 'Safety check',
    intro:
      'A few quick questions about warning signs. Most back pain is not serious; these questions find the rare times it needs a doctor quickly. Answer about what is new or different for you.',
    age: 'Your age',
    ageWhy: 'Some signs matter more at some ages.',
    ageError: 'Enter your age in years, from 0 to 120.',
    painWeeks: 'How many weeks has this episode of back pain lasted?',
    painWeeksHint: 'Less than a week? Enter 0.5.',
    groupUrgent: 'Signs that need help quickly',
    groupBody: 'Your health and how it started',
    groupPattern: 'How the pain behaves',
    fromProfile: 'from your profile',
    change: 'Change',
    why: 'Why we ask:',
    submit: 'See my result',
    offered: {
      first: 'New here? Take the short safety check (about 2 minutes) so you know which signs to watch for.',
      weekly: 'It has been a week since your last safety check. Take it again while this episode lasts.',
      spike:
        'Your pain is much higher than your average of the last week. A short safety check (about 2 minutes) can help.',
      one_leg_radiating:
        'Pain shooting down the leg or spreading below the knee is worth a quick safety check.',
      tingling_or_numbness: 'Numbness or pins and needles is worth a quick safety check (about 2 minutes).',
      both_legs_symptoms:
        'You noted pain or nerve symptoms in both legs below the knee. Please take the short safety check now.',
      saddle_numbness:
        'You noted numbness or pins and needles with pain around your groin or buttocks. New numbness there needs checking: please take the short safety check now.',
      start: 'Take the safety check',
      later: 'Not now',
    },
    worrying: 'Something new or worrying?',
    resultTitle: 'Your result',
    because: 'Because you said:',
    level: {
      emergency: 'Get emergency help now',
      urgent: 'See a clinician today',
      soon: 'Book an appointment in the next 1–2 weeks',
      self_care: 'No warning signs found',
    },
    call: 'Call {{number}} now',
    tell: 'What to tell them',
    tellText: 'Say you have back pain and: {{reasons}}. Say when it started.',
    whatNow: 'What to do now',
    emergencySteps: [
      'Call now, or go to the nearest emergency department.',
      'Do not wait to see if it settles, and do not drive yourself.',
    ],
    emergencyStepCancer: 'If you have a cancer team or an acute-oncology helpline, call it as well.',
    today: {
      title: 'Your safety check today: {{level}}',
      open: 'See the full advice',
    },
    followUp: {
      title: 'Did you get checked?',
      textYesterday: 'Yesterday your safety check said: {{level}}.',
      text: 'Your safety check on {{day}} said: {{level}}.',
      question: 'Have you been seen by a doctor or nurse about it?',
      checked: 'Yes, I got checked',
      notYet: 'Not yet',
      decidedNot: 'I decided not to',
      askedAgain: 'We will ask again tomorrow, for up to a week.',
    },
    understand: 'I understand',
    understandHint: 'This screen stays until you confirm you have read it.',
    urgentWho:
      "Call your doctor's practice or an urgent-care service now and ask to be seen within 24 hours.",
    soonWho: 'Book an appointment with your GP or a physiotherapist within the next 1–2 weeks.',
    remind: 'Remind me to book',
    reminded: 'We will show this on your Today screen until you have booked.',
    booked: "I've booked it",
    bookTodo: 'To do: {{what}} (from your safety check on {{date}})',
    selfCareMore: 'Keep gently active. The "When to get help" page lists the signs to watch for.',
    done: 'Back to Today',
    again: 'Answer again',
    safetyNet:
      'If you develop new numbness around your bottom or genitals, new bladder or bowel problems, or weakness in your legs, call your local emergency number.',
    history: 'Safety check: {{level}}',
    notFound: 'This safety check is not on this device.',
  },
  bleeding: {
    title: 'Get this bleeding checked',
    infoTitle: 'About bleeding on HRT',
    stays: 'This stays at the top of Today until you tell us the appointment is booked.',
    booked: 'I have booked',
    remind: 'Remind me tomorrow',
    bookedDone: 'Noted: appointment booked.',
    remindDone: 'We will show this again tomorrow.',
    undo: 'Undo',
    runOne: 'Bleeding logged on {{from}}.',
    run: 'Bleeding logged from {{from}} to {{to}}.',
    stageHeld: 'Bleeding after 12 months without periods needs a check first',
    stageHeldBasis:
      'We do not read this bleeding as your periods coming back. Once a doctor has checked it, the estimate here carries on from your log.',
    addPeriod: 'Add a missing period',
    updateProfile: 'Update your profile',
    regimenIntro: 'You take HRT. Which kind? Bleeding means different things on each.',
    regimenSave: 'Save to my profile',
    regimenSaved: 'Saved to your profile.',
    regimenPick: 'Choose one of the three answers.',
    startIntro: 'You take HRT. When did you start? Bleeding is common in the first 6 months.',
    startLabel: 'When did you start HRT?',
    startHint: 'Leave it empty if you do not know.',
    startFuture: "The start date can't be in the future.",
  },
} as const;
