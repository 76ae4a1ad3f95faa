/**
 * The parts a corporate workbook carries beside its data, written as Excel writes them: a
 * chart, a text box and a logo in one drawing, notes and threaded comments, SharePoint's custom
 * XML, a sensitivity label, a macro project, and the document properties and style table of a
 * formatted workbook. The pivot table is in `realisticPivot.ts`; `realisticPackage.ts` puts
 * them together around the sample's "Use cases" sheet.
 */
import { deflateSync, crc32 } from "node:zlib";

export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** One of the sample's cells as the sheet holds it: text, a number or blank. */
export type SampleCell = string | number | undefined;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function relationshipsPart(
  relationships: readonly (readonly [id: string, type: string, target: string])[],
): string {
  return (
    DECLARATION +
    `<Relationships xmlns="${PACKAGE_RELS_NS}">` +
    relationships
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join("") +
    "</Relationships>"
  );
}

const anchorCell = (tag: "from" | "to", column: number, row: number): string =>
  `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
  `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** The source sheet's drawing: the chart (rId1), a text box, and the logo (rId2). */
export function sourceDrawingPart(): string {
  const chart =
    `<xdr:twoCellAnchor>${anchorCell("from", 15, 1)}${anchorCell("to", 23, 16)}` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/>' +
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL_NS}" r:id="rId1"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>";
  const textBox =
    `<xdr:twoCellAnchor>${anchorCell("from", 15, 18)}${anchorCell("to", 21, 23)}` +
    '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="TextBox 2"/>' +
    '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr>' +
    '<a:xfrm><a:off x="10972800" y="3429000"/><a:ext cx="3657600" cy="952500"/></a:xfrm>' +
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill>' +
    '<a:ln w="9525" cmpd="sng"><a:solidFill><a:schemeClr val="lt1"><a:shade val="50000"/></a:schemeClr></a:solidFill></a:ln>' +
    "</xdr:spPr><xdr:style>" +
    '<a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>' +
    '<a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>' +
    '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>' +
    '<a:fontRef idx="minor"><a:schemeClr val="dk1"/></a:fontRef></xdr:style>' +
    '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/>' +
    '<a:lstStyle/><a:p><a:r><a:rPr lang="en-US" sz="1100" b="1"/><a:t>Steering committee, March</a:t></a:r></a:p>' +
    '<a:p><a:r><a:rPr lang="en-US" sz="1100"/><a:t>Scores agreed with each owner. Tell the PMO before changing a rating.</a:t></a:r></a:p>' +
    "</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>";
  const logo =
    `<xdr:twoCellAnchor editAs="oneCell">${anchorCell("from", 22, 18)}${anchorCell("to", 23, 21)}` +
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="4" name="Picture 3" descr="Company logo"/>' +
    '<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
    `<xdr:blipFill><a:blip xmlns:r="${REL_NS}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    '<xdr:spPr><a:xfrm><a:off x="14935200" y="3429000"/><a:ext cx="571500" cy="571500"/></a:xfrm>' +
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>';
  return (
    DECLARATION +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    chart +
    textBox +
    logo +
    "</xdr:wsDr>"
  );
}

/** A clustered bar chart of one column against the use cases' names, with Excel's caches. */
export function barChartPart(
  title: string,
  seriesName: { ref: string; text: string },
  categories: { ref: string; values: readonly SampleCell[] },
  values: { ref: string; values: readonly SampleCell[] },
): string {
  const points = (cells: readonly SampleCell[]): string =>
    `<c:ptCount val="${cells.length}"/>` +
    cells
      .map((cell, index) =>
        cell === undefined
          ? ""
          : `<c:pt idx="${index}"><c:v>${escapeXml(String(cell))}</c:v></c:pt>`,
      )
      .join("");
  const axis =
    '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    "%POS%" +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/>' +
    '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  return (
    DECLARATION +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}">` +
    '<c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/><c:chart>' +
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:rPr lang="en-US"/>' +
    `<a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/>' +
    '<c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:strRef><c:f>${escapeXml(seriesName.ref)}</c:f><c:strCache><c:ptCount val="1"/>` +
    `<c:pt idx="0"><c:v>${escapeXml(seriesName.text)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    '<c:invertIfNegative val="0"/>' +
    `<c:cat><c:strRef><c:f>${escapeXml(categories.ref)}</c:f><c:strCache>${points(categories.values)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(values.ref)}</c:f><c:numCache><c:formatCode>General</c:formatCode>${points(values.values)}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="182"/><c:axId val="504107096"/><c:axId val="504109392"/></c:barChart>' +
    `<c:catAx><c:axId val="504107096"/>${axis.replace("%POS%", '<c:axPos val="l"/>')}` +
    '<c:crossAx val="504109392"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>' +
    '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="504109392"/>${axis.replace("%POS%", '<c:axPos val="b"/><c:majorGridlines/>')}` +
    '<c:crossAx val="504107096"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/>' +
    "<c:pageSetup/></c:printSettings></c:chartSpace>"
  );
}

const PERSON_ID = "{6F9619FF-8B86-D011-B42D-00C04FC964FF}";
const THREAD_ID = "{2F6B1B3C-0C1D-4E5A-9B8E-7A3C5D1E2F40}";
const NOTE_ID = "{9C1E2D3F-4A5B-4C6D-8E7F-0A1B2C3D4E5F}";
const THREADED_CELL = "B3";
const NOTE_CELL = "A2";

/** A note on A2, and the stand-in Excel writes for the threaded comment on B3. */
export function commentsPart(): string {
  const rPr = (bold: boolean): string =>
    `<rPr>${bold ? "<b/>" : ""}<sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>`;
  return (
    DECLARATION +
    `<comments xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
    'mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">' +
    `<authors><author>tc=${THREAD_ID}</author><author>Dana Whitfield</author></authors><commentList>` +
    `<comment ref="${NOTE_CELL}" authorId="1" shapeId="0" xr:uid="${NOTE_ID}"><text>` +
    `<r>${rPr(true)}<t>Dana Whitfield:</t></r>` +
    `<r>${rPr(false)}<t xml:space="preserve">\nPilot approved in March; budget confirmed by Finance.</t></r>` +
    "</text></comment>" +
    `<comment ref="${THREADED_CELL}" authorId="0" shapeId="0" xr:uid="${THREAD_ID}"><text><t>` +
    "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, " +
    "any edits to it will get removed if the file is opened in a newer version of Excel. " +
    "Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    " +
    "Is the budget before or after the vendor discount?</t></text></comment>" +
    "</commentList></comments>"
  );
}

export function threadedCommentsPart(): string {
  return (
    DECLARATION +
    '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" ' +
    `xmlns:x="${MAIN_NS}"><threadedComment ref="${THREADED_CELL}" dT="2025-03-14T09:41:27.37" ` +
    `personId="${PERSON_ID}" id="${THREAD_ID}"><text>Is the budget before or after the vendor discount?</text>` +
    "</threadedComment></ThreadedComments>"
  );
}

export function personsPart(): string {
  return (
    DECLARATION +
    '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" ' +
    `xmlns:x="${MAIN_NS}"><person displayName="Marcus Chen" id="${PERSON_ID}" ` +
    'userId="marcus.chen@contoso.example" providerId="AD"/></personList>'
  );
}

/** The legacy drawing of the two comments' boxes (shape ids 1025 and 1026). */
export function commentsVmlPart(): string {
  const shape = (id: number, row: number, column: number): string =>
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style='position:absolute;\r\n` +
    "  margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;\r\n" +
    '  visibility:hidden\' fillcolor="#ffffe1" o:insetmode="auto">\r\n' +
    '  <v:fill color2="#ffffe1"/>\r\n  <v:shadow on="t" color="black" obscured="t"/>\r\n' +
    '  <v:path o:connecttype="none"/>\r\n' +
    "  <v:textbox style='mso-direction-alt:auto'>\r\n   <div style='text-align:left'></div>\r\n  </v:textbox>\r\n" +
    '  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n' +
    `   <x:Anchor>\r\n    ${column + 1}, 15, ${row}, 2, ${column + 3}, 15, ${row + 4}, 4</x:Anchor>\r\n` +
    `   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>${row}</x:Row>\r\n   <x:Column>${column}</x:Column>\r\n` +
    "  </x:ClientData>\r\n </v:shape>";
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n' +
    ' xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n' +
    ' <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n' +
    '  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n' +
    '  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>' +
    shape(1025, 1, 0) +
    shape(1026, 2, 1) +
    "</xml>"
  );
}

const LABEL_ID = "{a9f1c2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d}";
const TENANT_ID = "{72f988bf-86f1-41af-91ab-2d7cd011db47}";

/** SharePoint's document metadata, as a library stores it in the file. */
export function customXmlItemPart(): string {
  return (
    DECLARATION +
    '<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xmlns:pc="http://schemas.microsoft.com/office/infopath/2007/PartnerControls"><documentManagement>' +
    '<TaxCatchAll xmlns="c4a7e5a1-2f43-4d3b-9a55-0d3e8f6c1b21"/>' +
    '<lcf76f155ced4ddcb4097134ff3c332f xmlns="5b2f0c9e-7d41-4b8a-a3c6-1e9d2f7a4b10"><Terms xmlns="http://schemas.microsoft.com/office/infopath/2007/PartnerControls"></Terms></lcf76f155ced4ddcb4097134ff3c332f>' +
    '<Classification xmlns="5b2f0c9e-7d41-4b8a-a3c6-1e9d2f7a4b10">Confidential</Classification>' +
    "</documentManagement></p:properties>"
  );
}

export function customXmlPropsPart(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n' +
    '<ds:datastoreItem ds:itemID="{3E0B5E4C-1A2B-4C3D-9E8F-7A6B5C4D3E2F}" ' +
    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>' +
    '<ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/metadata/properties"/>' +
    '<ds:schemaRef ds:uri="http://schemas.microsoft.com/office/infopath/2007/PartnerControls"/>' +
    '<ds:schemaRef ds:uri="c4a7e5a1-2f43-4d3b-9a55-0d3e8f6c1b21"/>' +
    '<ds:schemaRef ds:uri="5b2f0c9e-7d41-4b8a-a3c6-1e9d2f7a4b10"/>' +
    "</ds:schemaRefs></ds:datastoreItem>"
  );
}

/** The sensitivity label as current Office writes it, beside the older MSIP_Label_ properties. */
export function labelInfoPart(): string {
  return (
    '<?xml version="1.0" encoding="utf-8" standalone="yes"?>' +
    '<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata">' +
    `<clbl:label id="${LABEL_ID}" enabled="1" method="Privileged" siteId="${TENANT_ID}" contentBits="0" removed="0"/>` +
    "</clbl:labelList>"
  );
}

export function customPropertiesPart(): string {
  const label = `MSIP_Label_${LABEL_ID.slice(1, -1)}`;
  const properties: [string, string][] = [
    ["ContentTypeId", "0x010100A1B2C3D4E5F60718293A4B5C6D7E8F90"],
    [`${label}_Enabled`, "true"],
    [`${label}_SetDate`, "2025-03-14T09:40:11Z"],
    [`${label}_Method`, "Privileged"],
    [`${label}_Name`, "Confidential"],
    [`${label}_SiteId`, TENANT_ID.slice(1, -1)],
    [`${label}_ActionId`, "0d1e2f3a-4b5c-4d6e-8f70-a1b2c3d4e5f6"],
    [`${label}_ContentBits`, "0"],
    ["MediaServiceImageTags", ""],
  ];
  return (
    DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    properties
      .map(
        ([name, value], index) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${name}">` +
          `<vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
      )
      .join("") +
    "</Properties>"
  );
}

/** Stands in for a compiled macro project: the compound-file signature, then fixed noise. */
export function vbaProjectBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let seed = 0x2545f491;
  for (let index = 8; index < bytes.length; index++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[index] = seed >>> 24;
  }
  return bytes;
}

/** A small logo: a 16×16 PNG, two colours in a diagonal. */
export function logoPng(): Uint8Array {
  const size = 16;
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    for (let x = 0; x < size; x++) {
      const [r, g, b] = x > y ? [0x1f, 0x4e, 0x79] : [0xf2, 0xa9, 0x00];
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typeAndData));
    return Buffer.concat([length, typeAndData, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(raw)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

/** Excel's document properties, naming the workbook's sheets and its defined names. */
export function appProperties(sheets: readonly string[], definedNames: readonly string[]): string {
  const names = [...sheets, ...definedNames];
  return (
    DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    '<HeadingPairs><vt:vector size="4" baseType="variant">' +
    `<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant>` +
    `<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>${definedNames.length}</vt:i4></vt:variant>` +
    `</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">` +
    names.map((name) => `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`).join("") +
    "</vt:vector></TitlesOfParts><Company>Contoso Ltd</Company><LinksUpToDate>false</LinksUpToDate>" +
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>" +
    "<AppVersion>16.0300</AppVersion></Properties>"
  );
}

/** A style table as Excel writes one for a formatted workbook: custom formats, dxfs, a theme. */
export const EXCEL_STYLES =
  DECLARATION +
  `<styleSheet xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  'mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" ' +
  'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" ' +
  'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">' +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;$&quot;#,##0"/>' +
  '<numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
  '<fonts count="3" x14ac:knownFonts="1">' +
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="11"/><color theme="0"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
  '<font><sz val="9"/><color indexed="81"/><name val="Tahoma"/><family val="2"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor theme="4"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left/><right/><top/><bottom style="thin"><color theme="4"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '<colors><mruColors><color rgb="FF1F4E79"/></mruColors></colors>' +
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>' +
  '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">' +
  '<x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>';
