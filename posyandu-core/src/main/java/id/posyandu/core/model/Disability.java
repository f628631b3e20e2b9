package id.posyandu.core.model;

/**
 * Kinds of disability (ragam penyandang disabilitas) of UU 8/2016 tentang Penyandang Disabilitas,
 * Pasal 4, with the sensory kind split as Indonesian surveys record it (netra, rungu, wicara). A
 * person may have several (disabilitas ganda).
 */
public enum Disability {
  /** Disabilitas fisik (physical). */
  PHYSICAL,
  /** Disabilitas intelektual (intellectual). */
  INTELLECTUAL,
  /** Disabilitas mental (mental/psychosocial). */
  MENTAL,
  /** Disabilitas sensorik netra (visual). */
  SENSORY_VISION,
  /** Disabilitas sensorik rungu (hearing). */
  SENSORY_HEARING,
  /** Disabilitas sensorik wicara (speech). */
  SENSORY_SPEECH
}
