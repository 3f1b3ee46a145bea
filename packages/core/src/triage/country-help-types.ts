/** Who says so: the organisation and the page a number or route was checked against. */
export interface HelpSource {
  organisation: string;
  url: string;
}

/** One place or phone service, named in the country's own terms (never translated: she will hear these names). */
export interface HelpService {
  name: string;
  /** As it is dialled in that country, spaces as the service writes it. */
  number?: string;
  /** Answered day and night, every day. */
  alwaysOpen?: boolean;
  /** Opening hours in the country's own language, when not always open. */
  hours?: string;
}

/** Where to get seen the same day (the triage `urgent` level) in one country, with its source. */
export interface UrgentCareRoute {
  services: readonly HelpService[];
  source: HelpSource;
}

/** A mental-health crisis line: a service with a number, and its own source. */
export interface CrisisLine extends HelpService {
  number: string;
  source: HelpSource;
}

/** One country's help: where to go for `urgent`, and the crisis lines. */
export interface CountryHelp {
  country: string;
  urgentCare: UrgentCareRoute;
  crisisLines: readonly CrisisLine[];
}
