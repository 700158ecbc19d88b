import {msg} from '@lit/localize';

/**
 * Cold, then warmth: the advice several conditions and the pain check's rest outcome share, written once
 * (the compression-wear maker's guide gives the timing: cold early on, heat for stiffness after the first
 * day). Call it at render time, like every text that calls `msg()`.
 */
export const coldThenHeat = (): string => msg('Use cold soon after activity. From the next day, warmth can help if the knee still feels stiff.');
