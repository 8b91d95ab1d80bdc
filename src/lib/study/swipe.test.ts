import { describe, expect, it } from 'vitest';
import { moveSwipe, SWIPE_DISTANCE_PX, SWIPE_START, swipeLean, swipeRating } from './swipe';

/** Replays pointer positions relative to where the pointer went down. */
const drag = (...points: [number, number][]) =>
  points.reduce((gesture, [dx, dy]) => moveSwipe(gesture, dx, dy), SWIPE_START);

describe('swipe', () => {
  it('rates Good to the right and Again to the left once far enough', () => {
    expect(swipeRating(drag([20, 2], [60, 5], [SWIPE_DISTANCE_PX + 5, 8]))).toBe('good');
    expect(swipeRating(drag([-20, 0], [-SWIPE_DISTANCE_PX, 3]))).toBe('again');
  });

  it('leans before it is armed, and a short drag does not rate', () => {
    const short = drag([20, 0], [50, 0]);
    expect(swipeLean(short)).toEqual({ rating: 'good', armed: false });
    expect(swipeRating(short)).toBeNull();
    expect(swipeLean(drag([-30, 0], [-100, 0]))).toEqual({ rating: 'again', armed: true });
  });

  it('treats a vertical move as a scroll, even if it drifts sideways later', () => {
    const scroll = drag([2, 15], [10, 60], [150, 80]);
    expect(scroll.axis).toBe('vertical');
    expect(swipeLean(scroll)).toBeNull();
    expect(swipeRating(scroll)).toBeNull();
  });

  it('treats a diagonal move as a scroll and a tap as nothing', () => {
    expect(drag([15, 15], [120, 100]).axis).toBe('vertical');
    expect(swipeRating(drag([3, 2]))).toBeNull();
    expect(swipeRating(SWIPE_START)).toBeNull();
  });

  it('drawing back below the distance before letting go cancels the rating', () => {
    expect(swipeRating(drag([20, 0], [120, 0], [30, 0]))).toBeNull();
  });
});
