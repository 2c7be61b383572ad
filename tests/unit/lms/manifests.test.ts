// The LMS manifests against the official schemas (vendor/xsd/), with xmllint. Without xmllint
// this fails and says how to install it.
import { describe, expect, it } from 'vitest';
import { cmi5Manifest, scorm12Manifest, scorm2004Manifest } from '../../../scripts/lms/manifests.mjs';
import { validateManifest, xmllint } from '../../../scripts/lms/validate.mjs';

const options = {
  identifier: 'when-flesh-becomes-bone-0.1.0-scorm',
  title: 'When Flesh Becomes Bone: <POH> & its mimics',
  version: '0.1.0',
  masteryScore: 0.8,
  launch: 'launch.html',
  files: ['launch.html', 'index.html', 'lessons/the-case/index.html', '_lms/launch.js'],
  courseId: 'https://when-flesh-becomes-bone.invalid/when-flesh-becomes-bone',
  description: 'Progressive osseous heteroplasia, taught from one case',
};

describe('LMS manifests', () => {
  it('finds xmllint (apt-get install libxml2-utils)', () => {
    expect(() => xmllint()).not.toThrow();
  });

  it.each([
    ['scorm12', scorm12Manifest],
    ['scorm2004', scorm2004Manifest],
    ['cmi5', cmi5Manifest],
  ] as const)('%s validates against its XSDs', (kind, manifest) => {
    const text = manifest(options);
    expect(() => validateManifest(text, kind)).not.toThrow();
    expect(text).toContain('launch.html');
    expect(text).toContain('&lt;POH&gt; &amp; its mimics');
  });

  it('states the mastery score where each standard reads it', () => {
    expect(scorm12Manifest(options)).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(scorm2004Manifest(options)).toMatch(/satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.8</);
    expect(cmi5Manifest(options)).toMatch(/moveOn="CompletedAndPassed" masteryScore="0.8"/);
  });

  it('fails on a manifest the schemas refuse, naming the problem', () => {
    // Well-formed XML, wrong by the schema: a SCO type that does not exist, an AU without its url.
    expect(() => validateManifest(scorm12Manifest(options).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'), 'scorm12')).toThrow(/scormtype/);
    expect(() => validateManifest(scorm2004Manifest(options).replace('<imsss:minNormalizedMeasure>0.8', '<imsss:minNormalizedMeasure>lots'), 'scorm2004')).toThrow(/minNormalizedMeasure/);
    expect(() => validateManifest(cmi5Manifest(options).replace(/<url>.*<\/url>/, ''), 'cmi5')).toThrow(/url|launchParameters|Missing child/i);
  });
});
