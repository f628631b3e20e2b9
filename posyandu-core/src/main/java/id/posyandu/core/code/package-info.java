/**
 * Indonesian identity and area codes: {@link id.posyandu.core.code.Nik} (national identity number),
 * {@link id.posyandu.core.code.NomorKk} (family card number), {@link
 * id.posyandu.core.code.KodeWilayah} (Kemendagri area code, with {@link
 * id.posyandu.core.code.WilayahLevel} and {@link id.posyandu.core.code.VillageType}) and
 * {@link id.posyandu.core.code.PosyanduRegistrationNumber}.
 *
 * <p>Every type has {@code parse(String)}, which throws a
 * {@link id.posyandu.core.code.CodeFormatException} with a stable code and a bilingual message, and
 * {@code isValid(String)}, which never throws. NIK and KK numbers are personal data: their
 * {@code toString()} and every error message mask them.
 */
package id.posyandu.core.code;
