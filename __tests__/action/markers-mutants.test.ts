/** src/action/markers.ts: the hidden markers, written and read back (mutation testing, docs/testing.md). */
import { describe, expect, it } from 'vitest';
import {
  commentMarker,
  parseCommentMarker,
  parseReviewMarker,
  postMarker,
  reviewMarker,
} from '../../src/action/markers.js';

describe('comment markers', () => {
  it('written exactly, resolved or not', () => {
    expect(commentMarker({ key: '0123abcd', content: 'ff00', resolved: false })).toBe(
      '<!-- kube-pairing:comment key=0123abcd content=ff00 -->',
    );
    expect(commentMarker({ key: '0123abcd#12', content: 'ff00', resolved: true })).toBe(
      '<!-- kube-pairing:comment key=0123abcd#12 content=ff00 resolved -->',
    );
  });

  it('read from a body, keys with a multi-digit #n included', () => {
    expect(
      parseCommentMarker('text\n<!-- kube-pairing:comment key=0123abcd#12 content=ff00 resolved -->'),
    ).toEqual({
      key: '0123abcd#12',
      content: 'ff00',
      resolved: true,
    });
    expect(parseCommentMarker('<!-- kube-pairing:comment key=0123abcd#3 content=ff00 -->')).toEqual({
      key: '0123abcd#3',
      content: 'ff00',
      resolved: false,
    });
  });

  it('no marker, a null or missing body, or a malformed one: undefined', () => {
    for (const body of [
      null,
      undefined,
      '',
      'a comment',
      '<!-- kube-pairing:comment key=XYZ content=ff00 -->',
      '<!-- kube-pairing:comment key=0123# content=ff00 -->',
      '<!-- kube-pairing:review listed=abc -->',
    ])
      expect(parseCommentMarker(body), String(body)).toBeUndefined();
  });
});

describe('review markers', () => {
  it('written with the keys joined by commas', () => {
    expect(reviewMarker(['aa', 'bb#2'])).toBe('<!-- kube-pairing:review listed=aa,bb#2 -->');
    expect(reviewMarker([])).toBe('<!-- kube-pairing:review listed= -->');
  });

  it('read back: the keys, empty entries dropped; no marker: undefined', () => {
    expect(parseReviewMarker('body\n<!-- kube-pairing:review listed=aa,bb#2 -->')).toEqual(['aa', 'bb#2']);
    expect(parseReviewMarker('<!-- kube-pairing:review listed= -->')).toEqual([]);
    expect(parseReviewMarker('<!-- kube-pairing:review listed=,aa,,bb, -->')).toEqual(['aa', 'bb']);
    for (const body of [null, undefined, '', 'a review', '<!-- kube-pairing:comment key=aa content=bb -->'])
      expect(parseReviewMarker(body), String(body)).toBeUndefined();
  });
});

describe('post markers', () => {
  it('hold the nonce', () => {
    expect(postMarker('n0nce-1')).toBe('<!-- kube-pairing:post id=n0nce-1 -->');
  });
});
