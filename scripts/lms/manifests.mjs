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

/** SCORM 1.2: one organization, one item, one SCO resource listing every file. */
export function scorm12Manifest({ identifier, title, version, masteryScore, launch, files }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="${xml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="module-organization">
    <organization identifier="module-organization">
      <title>${xml(title)}</title>
      <item identifier="module-item" identifierref="module-resource" isvisible="true">
        <title>${xml(title)}</title>
        <adlcp:masteryscore>${Math.round(masteryScore * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="module-resource" type="webcontent" adlcp:scormtype="sco" href="${xml(launch)}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** SCORM 2004 4th edition: the mastery score as the primary objective's minimum normalized measure. */
export function scorm2004Manifest({ identifier, title, version, masteryScore, launch, files }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="${xml(version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="module-organization">
    <organization identifier="module-organization">
      <title>${xml(title)}</title>
      <item identifier="module-item" identifierref="module-resource" isvisible="true">
        <title>${xml(title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="module-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${masteryScore}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="module-resource" type="webcontent" adlcp:scormType="sco" href="${xml(launch)}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

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
