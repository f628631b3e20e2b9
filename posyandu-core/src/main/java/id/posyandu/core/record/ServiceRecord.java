package id.posyandu.core.record;

import id.posyandu.core.SpmArea;

/**
 * One service given or one fact recorded at a {@link Visit}, in one of the six SPM areas. Each kind
 * of service is its own immutable type (e.g. {@link Anthropometry}, {@link Immunization},
 * {@link HouseCondition}).
 */
public interface ServiceRecord {
  /** The SPM area the service belongs to. */
  SpmArea area();
}
