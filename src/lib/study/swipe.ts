import type { Rating } from '$lib/core/srs';

/**
 * Swipe rating for a flipped card: left is Again, right is Good. A gesture decides its axis
 * once it has moved past `SWIPE_SLOP_PX`; a mostly vertical one is a scroll and never rates,
 * however far it later drifts sideways.
 */
export const SWIPE_SLOP_PX = 12;
/** How far a card must travel sideways before letting go rates it. */
export const SWIPE_DISTANCE_PX = 80;

export type SwipeGesture = {
  axis: 'undecided' | 'horizontal' | 'vertical';
  dx: number;
  dy: number;
};

export const SWIPE_START: Readonly<SwipeGesture> = Object.freeze({
  axis: 'undecided',
  dx: 0,
  dy: 0
});

/** The gesture after the pointer has moved to (`dx`, `dy`) from where it went down. */
export function moveSwipe(gesture: SwipeGesture, dx: number, dy: number): SwipeGesture {
  if (gesture.axis !== 'undecided') return { axis: gesture.axis, dx, dy };
  if (Math.hypot(dx, dy) < SWIPE_SLOP_PX) return { axis: 'undecided', dx, dy };
  // Sideways only when clearly more sideways than up or down: a diagonal scroll stays a scroll.
  const axis = Math.abs(dx) > 1.5 * Math.abs(dy) ? 'horizontal' : 'vertical';
  return { axis, dx, dy };
}

/** What the card shows while dragged: which rating it leans to, and whether letting go rates. */
export function swipeLean(gesture: SwipeGesture): { rating: Rating; armed: boolean } | null {
  if (gesture.axis !== 'horizontal' || gesture.dx === 0) return null;
  return {
    rating: gesture.dx < 0 ? 'again' : 'good',
    armed: Math.abs(gesture.dx) >= SWIPE_DISTANCE_PX
  };
}

/** The rating a released gesture gives, or `null` (too short, vertical, or a tap). */
export function swipeRating(gesture: SwipeGesture): Rating | null {
  const lean = swipeLean(gesture);
  return lean?.armed ? lean.rating : null;
}
