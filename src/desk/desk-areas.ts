import type { DeskArea } from './desk-app.tsx';

/** The desk's areas behind sign-in, in the order their routes are tried. */
export const DESK_AREAS: DeskArea[] = [];
