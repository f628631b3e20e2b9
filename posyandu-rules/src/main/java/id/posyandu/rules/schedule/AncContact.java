package id.posyandu.rules.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One antenatal care contact.
 *
 * @param date the day of the contact
 * @param provider who saw the woman
 * @param usg whether an ultrasound examination was done
 */
public record AncContact(LocalDate date, Provider provider, boolean usg) {

  /** Checks that every part is present. */
  public AncContact {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(provider, "provider");
  }

  /** Who provided an ANC contact. */
  public enum Provider {
    /** A doctor (dokter). */
    DOCTOR,
    /** A midwife (bidan). */
    MIDWIFE,
    /** Another health worker. */
    OTHER
  }
}
