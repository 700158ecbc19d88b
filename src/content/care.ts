import {msg} from '@lit/localize';

/**
 * Cold, then warmth: the advice several conditions and the pain check's rest outcome share, written once
 * (the compression-wear maker's guide gives the timing: cold early on, heat for stiffness after the first
 * day). The swelling caution is not from the articles: it is the tips' own ("Skip heat if the knee is
 * swollen"), said here too so that the bursitis and meniscus texts, whose article pairs ice with heat, never
 * advise heat on a swollen knee that a tip and the pain check warn against. Call it at render time, like
 * every text that calls `msg()`.
 */
export const coldThenHeat = (): string => msg('Use cold soon after activity. From the next day, warmth can help a stiff knee, but not while it is swollen.');
