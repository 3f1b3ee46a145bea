// Generated Apple Health exports for tests, the e2e journey and bench/apple-health. Shaped like a real
// `export.xml` (DOCTYPE with an internal subset, HealthData, ExportDate, Me, Records with metadata,
// Workouts, ActivitySummaries, Correlations). Only `node:` imports, so Playwright and the bench can load it.
import { crc32, deflateRawSync } from 'node:zlib';

export interface FixtureRecord {
  type: string;
  value: string;
  startDate: string;
  endDate?: string;
  unit?: string;
  sourceName?: string;
  /** Adds MetadataEntry children, as many real records have. */
  metadata?: boolean;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XML declaration, the DTD internal subset Apple writes, `HealthData`, `ExportDate` and `Me`. */
export function exportHeader(exportDate: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 13 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Me EMPTY>
<!ATTLIST Me
  HKCharacteristicTypeIdentifierDateOfBirth         CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBiologicalSex       CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key   CDATA #REQUIRED
  value CDATA #REQUIRED
>
]>
<HealthData locale="en_GB">
 <ExportDate value="${exportDate}"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1974-05-02" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
`;
}
export const exportFooter = '</HealthData>\n';

const device =
  '&lt;&lt;HKDevice: 0x283f0c3c0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone14,5, software:17.2&gt;';

/** One `<Record>` line as Apple writes it. */
export function recordXml(r: FixtureRecord): string {
  const unit = r.unit === undefined ? '' : ` unit="${esc(r.unit)}"`;
  const source = esc(r.sourceName ?? 'Jane’s iPhone');
  const head = `<Record type="${r.type}" sourceName="${source}" sourceVersion="17.2" device="${device}"${unit} creationDate="${r.endDate ?? r.startDate}" startDate="${r.startDate}" endDate="${r.endDate ?? r.startDate}" value="${esc(r.value)}"`;
  if (!r.metadata) return ` ${head}/>\n`;
  return ` ${head}>\n  <MetadataEntry key="HKTimeZone" value="Europe/London"/>\n  <MetadataEntry key="HKWasUserEntered" value="1"/>\n </Record>\n`;
}

/** A workout with its statistics, events and route reference: skipped by the import. */
export function workoutXml(start: string, end: string): string {
  return ` <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="32.5" durationUnit="min" sourceName="Jane’s Apple Watch" sourceVersion="10.2" creationDate="${end}" startDate="${start}" endDate="${end}">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
  <WorkoutEvent type="HKWorkoutEventTypeSegment" date="${start}" duration="10" durationUnit="min"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierStepCount" startDate="${start}" endDate="${end}" sum="3120" unit="count"/>
  <WorkoutRoute sourceName="Jane’s Apple Watch" sourceVersion="10.2" creationDate="${end}" startDate="${start}" endDate="${end}">
   <FileReference path="/workout-routes/route_2024-01-15_8.05am.gpx"/>
  </WorkoutRoute>
 </Workout>
`;
}

/** A daily activity ring summary: skipped by the import. */
export function activitySummaryXml(date: string): string {
  return ` <ActivitySummary dateComponents="${date}" activeEnergyBurned="312.5" activeEnergyBurnedGoal="400" activeEnergyBurnedUnit="kcal" appleMoveTime="0" appleMoveTimeGoal="0" appleExerciseTime="24" appleExerciseTimeGoal="30" appleStandHours="9" appleStandHoursGoal="12"/>\n`;
}

/** A blood-pressure correlation with its nested records: skipped, nested records not counted again. */
export function correlationXml(at: string): string {
  return ` <Correlation type="HKCorrelationTypeIdentifierBloodPressure" sourceName="Omron" sourceVersion="1" creationDate="${at}" startDate="${at}" endDate="${at}">
  <Record type="HKQuantityTypeIdentifierBloodPressureSystolic" sourceName="Omron" unit="mmHg" creationDate="${at}" startDate="${at}" endDate="${at}" value="121"/>
  <Record type="HKQuantityTypeIdentifierBloodPressureDiastolic" sourceName="Omron" unit="mmHg" creationDate="${at}" startDate="${at}" endDate="${at}" value="79"/>
 </Correlation>
`;
}

/** A whole export from records and extra top-level entries (workouts, summaries…). */
export function exportXml(records: readonly FixtureRecord[], extras: readonly string[] = []): string {
  return (
    exportHeader('2024-02-01 09:00:00 +0000') +
    records.map(recordXml).join('') +
    extras.join('') +
    exportFooter
  );
}

/** A ZIP archive (deflate) of small in-memory files, laid out like Apple's `export.zip`. */
export function zipOf(entries: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5821, 12); // 2024-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    local.copy(central, 6, 4, 30); // version needed … name length, extra length
    // Comment length, disk number and attributes stay 0.
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Apple's archive layout: the export inside `apple_health_export/`, next to the clinical CDA file. */
export function exportZip(xml: string): Buffer {
  return zipOf([
    { name: 'apple_health_export/export_cda.xml', data: Buffer.from('<ClinicalDocument/>') },
    { name: 'apple_health_export/export.xml', data: Buffer.from(xml, 'utf8') },
  ]);
}

const at = (date: string, time: string, offset = '+0100') => `${date} ${time} ${offset}`;
const sleepRecord = (start: string, end: string, value: string): FixtureRecord => ({
  type: 'HKCategoryTypeIdentifierSleepAnalysis',
  value: `HKCategoryValueSleepAnalysis${value}`,
  startDate: start,
  endDate: end,
  sourceName: 'Jane’s Apple Watch',
});
const category = (type: string, date: string, value: string): FixtureRecord => ({
  type: `HKCategoryTypeIdentifier${type}`,
  value,
  startDate: at(date, '12:00:00'),
});

/**
 * A small export with every mapped type and the things a real one has around them. What it should
 * import is spelled out in apple-health.int.test.ts and e2e/data-import.spec.ts.
 */
export function sampleExportXml(): string {
  const steps = (date: string, time: string, value: string, sourceName?: string): FixtureRecord => ({
    type: 'HKQuantityTypeIdentifierStepCount',
    value,
    unit: 'count',
    startDate: at(date, time),
    ...(sourceName ? { sourceName } : {}),
  });
  const records: FixtureRecord[] = [
    steps('2024-01-15', '08:00:00', '1200'),
    steps('2024-01-15', '17:00:00', '800'),
    steps('2024-01-15', '08:00:00', '1500', 'Jane’s Apple Watch'),
    steps('2024-01-16', '00:30:00', '3000'),
    steps('2024-01-16', '09:00:00', '-5'),
    sleepRecord(at('2024-01-15', '22:45:00'), at('2024-01-16', '06:45:00'), 'InBed'),
    sleepRecord(at('2024-01-15', '23:00:00'), at('2024-01-16', '01:00:00'), 'AsleepCore'),
    sleepRecord(at('2024-01-16', '01:00:00'), at('2024-01-16', '01:15:00'), 'Awake'),
    sleepRecord(at('2024-01-16', '01:15:00'), at('2024-01-16', '06:45:00'), 'AsleepREM'),
    {
      type: 'HKQuantityTypeIdentifierBodyMass',
      value: '154',
      unit: 'lb',
      startDate: at('2024-01-15', '07:00:00'),
      metadata: true,
    },
    {
      type: 'HKQuantityTypeIdentifierWaistCircumference',
      value: '31.5',
      unit: 'in',
      startDate: at('2024-01-15', '07:05:00'),
    },
    category('MenstrualFlow', '2024-01-10', 'HKCategoryValueMenstrualFlowMedium'),
    category('MenstrualFlow', '2024-01-11', 'HKCategoryValueMenstrualFlowHeavy'),
    category('MenstrualFlow', '2024-01-12', 'HKCategoryValueMenstrualFlowLight'),
    category('MenstrualFlow', '2024-01-13', 'HKCategoryValueMenstrualFlowNone'),
    category('IntermenstrualBleeding', '2024-01-20', 'HKCategoryValueNotApplicable'),
    category('HotFlashes', '2024-01-15', 'HKCategoryValueSeverityMild'),
    category('HotFlashes', '2024-01-15', 'HKCategoryValueSeverityModerate'),
    category('HotFlashes', '2024-01-15', 'HKCategoryValueSeveritySevere'),
    category('HotFlashes', '2024-01-16', 'HKCategoryValueSeverityNotPresent'),
    category('LowerBackPain', '2024-01-15', 'HKCategoryValueSeverityModerate'),
    category('LowerBackPain', '2024-01-16', 'HKCategoryValueSeveritySevere'),
    category('Headache', '2024-01-15', 'HKCategoryValueSeverityMild'),
    category('Fatigue', '2024-01-16', 'HKCategoryValueSeverityUnspecified'),
    category('MoodChanges', '2024-01-15', 'HKCategoryValuePresencePresent'),
    category('SleepChanges', '2024-01-16', 'HKCategoryValuePresencePresent'),
    category('NightSweats', '2024-01-16', 'HKCategoryValueSeverityModerate'),
    {
      type: 'HKQuantityTypeIdentifierHeartRate',
      value: '72',
      unit: 'count/min',
      startDate: at('2024-01-15', '10:00:00'),
      metadata: true,
    },
    {
      type: 'HKQuantityTypeIdentifierHeartRate',
      value: '64',
      unit: 'count/min',
      startDate: at('2024-01-16', '10:00:00'),
    },
  ];
  return exportXml(records, [
    workoutXml(at('2024-01-15', '08:05:00'), at('2024-01-15', '08:37:30')),
    activitySummaryXml('2024-01-15'),
    activitySummaryXml('2024-01-16'),
    correlationXml(at('2024-01-15', '07:30:00')),
  ]);
}

/** A zip bomb shaped like an export: one step record repeated to about `mb` MB of XML, zipped (~1:200 or more). */
export function zipBomb(mb: number): { zip: Buffer; xmlBytes: number; records: number } {
  const record = recordXml({
    type: 'HKQuantityTypeIdentifierStepCount',
    value: '12',
    unit: 'count',
    startDate: '2024-01-01 08:00:00 +0000',
    endDate: '2024-01-01 08:01:00 +0000',
    sourceName: 'Bomb',
  });
  const head = exportHeader('2024-02-01 09:00:00 +0000');
  const records = Math.floor((mb * 2 ** 20 - head.length - exportFooter.length) / record.length);
  const xml = Buffer.from(head + record.repeat(records) + exportFooter);
  return {
    zip: zipOf([{ name: 'apple_health_export/export.xml', data: xml }]),
    xmlBytes: xml.length,
    records,
  };
}
