/** The reasons Today's lesson card gives, in English (`chooseTodayLesson` asks for them by key). */
export const todayEn = {
  warningSigns: 'A safety check you did in the last two weeks found warning signs.',
  shortSleep_one: 'You slept less than {{hours}} hours on {{count}} night this week.',
  shortSleep_other: 'You slept less than {{hours}} hours on {{count}} nights this week.',
  osteopenia: 'Your profile mentions osteopenia.',
  osteoporosis: 'Your profile mentions osteoporosis.',
  hotFlushes_one: 'You logged hot flashes on {{count}} day this week.',
  hotFlushes_other: 'You logged hot flashes on {{count}} days this week.',
  next: 'The next lesson in the library you have not read yet.',
  allRead: 'You have read every lesson. You can go back to any of them in Learn.',
};
