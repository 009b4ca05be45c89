/**
 * The four colours events are read in. Kept apart from the layer types and the palettes, which both need it, so
 * neither has to import the other.
 */
export type EventCategory = 'diplomatic' | 'economic' | 'security' | 'context';

export const eventCategories: readonly EventCategory[] = ['diplomatic', 'economic', 'security', 'context'];
