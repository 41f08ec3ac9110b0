import { describe, expect, test } from 'vitest';
import { SPEECH_SOURCE, SPEECH as speech } from '../../test/support/speech.ts';
import { readAssessment } from './assessment.ts';
import { parseSpeech } from './parse.ts';

describe('how the campaign is checked', () => {
  const assessment = readAssessment(speech);
  const { priority, ...steps } = assessment;

  test('is read from the priority that sets up the assessment team: the fifth', () => {
    expect(priority).toBe(5);
  });

  test('every step is a passage of that priority, in the order the text tells them', () => {
    const body = speech.priorities[priority - 1]!.body;
    for (const [name, step] of Object.entries(steps)) {
      expect(step.text, name).toBe(speech.text.slice(step.start, step.end));
      expect(step.text, name).not.toBe('');
      expect(step.start >= body.start && step.end <= body.end, name).toBe(true);
    }
    const order = [
      'organiser',
      'teamMembers',
      'team',
      'checkFrequency',
      'checkedWork',
      'onSiteCheck',
      'survey',
      'reviewFrequency',
      'review',
      'resultInto',
      'appraisal',
      'media',
      'hotline',
      'supervision',
      'solving',
      'goal',
    ] as const;
    const starts = order.map((name) => assessment[name].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('a speech without an assessment team is an error saying what is missing', () => {
    expect(() => readAssessment(parseSpeech(SPEECH_SOURCE.replace('组成的测评组', '组成的小组')))).toThrow(/测评组/);
  });
});
