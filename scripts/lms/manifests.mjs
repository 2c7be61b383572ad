// The manifests of the LMS packages: imsmanifest.xml (SCORM 1.2, SCORM 2004 4th edition) and
// cmi5.xml, each for one SCO / AU (the whole module), launched at launch.html. They are checked
// against the official schemas in vendor/xsd/ (see validate.mjs and tests/unit/lms/).

/** XML text, escaped for element content and attribute values. */
export function xml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The schema files each manifest names, which a SCORM package carries at its root. */
export const schemaFiles = {
  scorm12: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'],
  scorm2004: [
    'imscp_v1p1.xsd',
    'adlcp_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
    'XMLSchema.dtd',
    'datatypes.dtd',
  ],
  cmi5: [],
};

const fileList = (files, indent) => files.map((f) => `${indent}<file href="${xml(f)}"/>`).join('\n');

/**
 * What the two SCORM manifests differ in: namespaces, the schema version, how the item states the
 * mastery score, and the spelling of the SCO attribute. The rest is one IMS content package.
 */
const scormVersions = {
  // SCORM 1.2: the mastery score as a percentage on the item.
  scorm12: {
    namespaces: [
      ['', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2'],
      ['adlcp', 'http://www.adlnet.org/xsd/adlcp_rootv1p2'],
    ],
    schemaLocations: [
      ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
      ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ],
    schemaVersion: '1.2',
    scormTypeAttribute: 'adlcp:scormtype',
    mastery: (score) => [`<adlcp:masteryscore>${Math.round(score * 100)}</adlcp:masteryscore>`],
  },
  // SCORM 2004 4th edition: the mastery score as the primary objective's minimum normalized measure.
  scorm2004: {
    namespaces: [
      ['', 'http://www.imsglobal.org/xsd/imscp_v1p1'],
      ['adlcp', 'http://www.adlnet.org/xsd/adlcp_v1p3'],
      ['adlseq', 'http://www.adlnet.org/xsd/adlseq_v1p3'],
      ['adlnav', 'http://www.adlnet.org/xsd/adlnav_v1p3'],
      ['imsss', 'http://www.imsglobal.org/xsd/imsss'],
    ],
    schemaLocations: [
      ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
      ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ],
    schemaVersion: '2004 4th Edition',
    scormTypeAttribute: 'adlcp:scormType',
    mastery: (score) => [
      '<imsss:sequencing>',
      '  <imsss:objectives>',
      '    <imsss:primaryObjective objectiveID="module-mastery" satisfiedByMeasure="true">',
      `      <imsss:minNormalizedMeasure>${score}</imsss:minNormalizedMeasure>`,
      '    </imsss:primaryObjective>',
      '  </imsss:objectives>',
      '  <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
      '</imsss:sequencing>',
    ],
  },
};

/** A SCORM manifest: one organization, one item, one SCO resource listing every file. */
function scormManifest(scorm, { identifier, title, version, masteryScore, launch, files }) {
  const namespaces = [...scorm.namespaces, ['xsi', 'http://www.w3.org/2001/XMLSchema-instance']]
    .map(([prefix, uri]) => `\n  xmlns${prefix ? `:${prefix}` : ''}="${uri}"`)
    .join('');
  const schemaLocation = scorm.schemaLocations.flat().join(' ');
  const mastery = scorm.mastery(masteryScore).map((line) => `        ${line}`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="${xml(version)}"${namespaces}
  xsi:schemaLocation="${schemaLocation}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${scorm.schemaVersion}</schemaversion>
  </metadata>
  <organizations default="module-organization">
    <organization identifier="module-organization">
      <title>${xml(title)}</title>
      <item identifier="module-item" identifierref="module-resource" isvisible="true">
        <title>${xml(title)}</title>
${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="module-resource" type="webcontent" ${scorm.scormTypeAttribute}="sco" href="${xml(launch)}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** SCORM 1.2's imsmanifest.xml. */
export const scorm12Manifest = (facts) => scormManifest(scormVersions.scorm12, facts);

/** SCORM 2004 4th edition's imsmanifest.xml. */
export const scorm2004Manifest = (facts) => scormManifest(scormVersions.scorm2004, facts);

/** cmi5: one course, one AU; moveOn CompletedAndPassed with the mastery score. */
export function cmi5Manifest({ courseId, title, description, masteryScore, launch }) {
  const text = (value) => `<langstring lang="en">${xml(value)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(courseId)}">
    <title>${text(title)}</title>
    <description>${text(description)}</description>
  </course>
  <au id="${xml(`${courseId}/module`)}" moveOn="CompletedAndPassed" masteryScore="${masteryScore}" launchMethod="AnyWindow">
    <title>${text(title)}</title>
    <description>${text(description)}</description>
    <url>${xml(launch)}</url>
  </au>
</courseStructure>
`;
}
