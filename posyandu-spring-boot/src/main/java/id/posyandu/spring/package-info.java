/**
 * Spring Boot 3.5 (Jackson 2) auto-configuration of posyandu: {@link
 * id.posyandu.spring.PosyanduJacksonAutoConfiguration} puts {@code PosyanduModule} on Spring's
 * {@code ObjectMapper} and rejects unknown properties of posyandu types as the library's reader
 * does; {@link id.posyandu.spring.PosyanduProblemDetailsAutoConfiguration} answers a request whose
 * {@code @Valid} posyandu record is invalid with an RFC 9457 problem detail carrying each
 * violation's stable code, path, severity and messages in Indonesian and English. Spring's own
 * validator needs no configuration: it reads the constraints of posyandu-core as any Jakarta
 * Validation does.
 */
package id.posyandu.spring;
