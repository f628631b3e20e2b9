/**
 * Indonesian identity and area codes: {@link id.posyandu.core.code.Nik} (national identity number),
 * {@link id.posyandu.core.code.NomorKk} (family card number),
 * {@link id.posyandu.core.code.KodeWilayah} (Kemendagri area code, with
 * {@link id.posyandu.core.code.WilayahLevel} and {@link id.posyandu.core.code.VillageType}) and
 * {@link id.posyandu.core.code.PosyanduRegistrationNumber}.
 *
 * <p>Every type has {@code parse(String)}, which throws a
 * {@link id.posyandu.core.code.CodeFormatException} with a stable code and a bilingual message, and
 * {@code isValid(String)}, which never throws and builds no exception (cheap on bad input). NIK and
 * KK numbers are personal data: their {@code toString()} and every error message mask them.
 *
 * <p>(The example is run by {@code CodePackageExampleTest}.)
 *
 * <pre>{@code
 * Nik nik = Nik.parse("3174015506900001");
 * nik.sex();                                   // FEMALE (day 55 = 15 + 40)
 * nik.birthDate(visitDate);                    // 1990-06-15 for a visit in 2026
 * nik.region().dotted();                       // "31.74.01", first registration, not the address
 * nik.toString();                              // "3174**********01"
 *
 * KodeWilayah desa = KodeWilayah.parse("3174011001");
 * desa.dotted();                               // "31.74.01.1001"
 * desa.villageType();                          // Optional[KELURAHAN]
 * desa.kabupatenKota().get().isKota();         // true (74: 71-99 are kota)
 *
 * try {
 *   Nik.parse("3174011513900001");
 * } catch (CodeFormatException e) {
 *   e.code();                                  // "NIK.MONTH"
 *   e.messageId();  // "NIK 3174**********01: bulan lahir 13 tidak sah (01-12)"
 * }
 * }</pre>
 *
 * <p>Public API of posyandu-core (exported by its module {@code id.posyandu.core}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.core.code;
