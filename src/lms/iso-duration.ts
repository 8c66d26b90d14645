/** A length of time as an ISO 8601 duration such as `PT1H2M3.45S`, as SCORM 2004's session time and xAPI's results write it. */
export function isoDuration(ms: number): string {
  const hundredths = Math.round(ms / 10);
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor(hundredths / 6000) % 60;
  const seconds = (hundredths % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}
