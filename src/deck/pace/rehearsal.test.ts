import { describe, expect, test } from 'vitest';
import { RehearsalRecorder, readRehearsal, rehearsalKey } from './rehearsal.ts';

/** A clock the test moves by hand. */
function manualClock(): { now: () => number; advance: (seconds: number) => void } {
  let ms = 1_612_159_200_000;
  return { now: () => ms, advance: (seconds) => (ms += seconds * 1000) };
}

describe('RehearsalRecorder', () => {
  test('records the seconds spent on each slide, adding up returns to a slide', () => {
    const clock = manualClock();
    const recorder = new RehearsalRecorder(clock.now);
    recorder.start('title');
    clock.advance(12);
    recorder.move('meeting');
    clock.advance(90);
    recorder.move('meeting'); // a fragment of the same slide
    clock.advance(10);
    recorder.move('title');
    clock.advance(3);
    recorder.move('meeting');
    clock.advance(5);
    const rehearsal = recorder.stop();
    expect(rehearsal.seconds).toEqual({ title: 15, meeting: 105 });
    expect(rehearsal.endedAt).toBe(clock.now());
    expect(recorder.running).toBe(false);
  });

  test('records nothing before it starts or after it stops, and a new start forgets the last run', () => {
    const clock = manualClock();
    const recorder = new RehearsalRecorder(clock.now);
    recorder.move('title');
    clock.advance(30);
    recorder.start('title');
    clock.advance(4);
    expect(recorder.running).toBe(true);
    expect(recorder.stop().seconds).toEqual({ title: 4 });
    recorder.move('meeting');
    recorder.start('meeting');
    clock.advance(2);
    expect(recorder.stop().seconds).toEqual({ meeting: 2 });
  });
});

describe('readRehearsal', () => {
  test('reads back what was kept', () => {
    const kept = { endedAt: 5, seconds: { title: 12.5 } };
    expect(readRehearsal(JSON.stringify(kept))).toEqual(kept);
  });

  test.each([null, '', 'not json', '[]', '{"endedAt":1}', '{"endedAt":1,"seconds":{"a":"x"}}', '{"endedAt":1,"seconds":{"a":-1}}'])(
    'nothing usable in %j',
    (text) => {
      expect(readRehearsal(text)).toBeUndefined();
    },
  );

  test('each deck has its own key', () => {
    expect(rehearsalKey('abc')).not.toBe(rehearsalKey('abd'));
  });
});
