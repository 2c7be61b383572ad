// Checks a manifest against the official schemas vendored in vendor/xsd/ with xmllint
// (Debian: apt-get install libxml2-utils). One small driver schema imports every namespace a
// manifest uses, since xmllint --schema takes one schema.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const vendor = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../vendor/xsd');

const drivers = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'scorm12/imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scorm12/adlcp_rootv1p2.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'scorm2004-4th/imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'scorm2004-4th/adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'scorm2004-4th/adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'scorm2004-4th/adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'scorm2004-4th/imsss_v1p0.xsd'],
  ],
  cmi5: [['https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'cmi5/CourseStructure.xsd']],
};

/** The xmllint binary, or an Error saying how to install it. */
export function xmllint() {
  const found = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error(
      'xmllint not found: the LMS manifests are checked against their XSDs with it.\n' +
        'Install it (Debian/Ubuntu):  sudo apt-get install -y libxml2-utils',
    );
  }
  return 'xmllint';
}

/** Validates manifest text of a kind (scorm12, scorm2004, cmi5); throws with xmllint's messages. */
export function validateManifest(text, kind) {
  const bin = xmllint();
  const work = mkdtempSync(path.join(tmpdir(), 'wfbb-xsd-'));
  try {
    const imports = drivers[kind]
      .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${pathToFileURL(path.join(vendor, file)).href}"/>`)
      .join('\n');
    const driver = path.join(work, 'driver.xsd');
    writeFileSync(driver, `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:wfbb:driver">\n${imports}\n</xs:schema>\n`);
    const manifest = path.join(work, 'manifest.xml');
    writeFileSync(manifest, text);
    try {
      execFileSync(bin, ['--noout', '--nonet', '--schema', driver, manifest], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      throw new Error(`${kind} manifest does not validate against vendor/xsd:\n${error.stderr || error.message}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
