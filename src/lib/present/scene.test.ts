import { describe, expect, it } from 'vitest';
import type { AtlasScene } from '$lib/model/story-schema';
import { FIT_MAX_ZOOM, sceneCamera, sceneNumber, sceneState, TIME_GLIDE_SECONDS } from './scene';

const scene: AtlasScene = {
  title: 'Assault',
  day: 100,
  mode: 'window',
  windowDays: 14,
  bounds: [29, 59, 31, 60],
  types: ['rising', 'battle'],
  highlight: ['a'],
  animate: { from: 90, speed: 2 },
  caption: 'c',
  notes: 'n'
};

describe('sceneState', () => {
  it('plays the scene animation and flies the camera', () => {
    const s = sceneState(scene, 50, true);
    expect(s).toMatchObject({
      startDay: 90,
      day: 100,
      speed: 2,
      mode: 'window',
      windowDays: 14,
      highlight: ['a']
    });
    expect(s.hiddenTypes).not.toContain('rising');
    expect(s.hiddenTypes).toContain('strike');
    expect(s.camera).toEqual({ bounds: [29, 59, 31, 60], animate: true });
  });

  it('glides the slider from the previous scene when there is no animation', () => {
    const s = sceneState({ ...scene, animate: undefined, types: undefined }, 40, true);
    expect(s).toMatchObject({ startDay: 40, speed: 60 / TIME_GLIDE_SECONDS, hiddenTypes: [] });
  });

  it('jumps when the viewer prefers reduced motion', () => {
    const s = sceneState(
      { ...scene, bounds: undefined, view: { center: [30, 60], zoom: 8 } },
      40,
      false
    );
    expect(s).toMatchObject({
      startDay: 100,
      speed: null,
      camera: { center: [30, 60], zoom: 8, animate: false }
    });
  });
});

describe('sceneNumber', () => {
  const story = { scenes: [scene, scene, scene] };
  it('reads 1-based numbers and clamps bad ones', () => {
    expect(sceneNumber('2', story)).toBe(2);
    expect(sceneNumber('9', story)).toBe(3);
    expect(sceneNumber('x', story)).toBe(1);
    expect(sceneNumber(null, story)).toBe(1);
    expect(sceneNumber('0', story)).toBe(1);
  });
});

describe('sceneCamera', () => {
  const places: Record<string, [number, number]> = {
    petrograd: [30.3, 59.9],
    kronstadt: [29.77, 59.99],
    kharkov: [36.23, 49.99]
  };
  const locate = (id: string) => places[id];
  const view = { center: [35, 50] as [number, number], zoom: 6 };

  it('fits the highlighted events, no closer than the scene’s zoom', () => {
    const c = sceneCamera({ view, highlight: ['petrograd', 'kharkov'] }, true, locate);
    expect(c).toEqual({ bounds: [30.3, 49.99, 36.23, 59.9], maxZoom: 6, animate: true });
  });

  it('takes in the scene’s area with its events', () => {
    const c = sceneCamera({ bounds: [29, 59, 31, 60], highlight: ['kharkov'] }, false, locate);
    expect(c).toEqual({ bounds: [29, 49.99, 36.23, 60], maxZoom: FIT_MAX_ZOOM, animate: false });
  });

  it('centres a single event at the scene’s zoom', () => {
    expect(sceneCamera({ view, highlight: ['kronstadt'] }, true, locate)).toEqual({
      center: [29.77, 59.99],
      zoom: 6,
      animate: true
    });
  });

  it('keeps the scene’s own view or area when no highlighted event is found', () => {
    expect(sceneCamera({ view, highlight: ['nowhere'] }, true, locate)).toEqual({
      center: [35, 50],
      zoom: 6,
      animate: true
    });
    expect(sceneCamera({ bounds: [1, 2, 3, 4], highlight: [] }, true)).toEqual({
      bounds: [1, 2, 3, 4],
      animate: true
    });
  });
});
