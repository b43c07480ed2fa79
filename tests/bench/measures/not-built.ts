// A measurement whose view does not exist yet: recorded as null, with why.
export interface NotMeasured {
  value: null;
  reason: string;
}

export const notBuilt = (what: string): NotMeasured => ({
  value: null,
  reason: `${what}: the view is not built yet; add the measurement in tests/bench/measures/`,
});
