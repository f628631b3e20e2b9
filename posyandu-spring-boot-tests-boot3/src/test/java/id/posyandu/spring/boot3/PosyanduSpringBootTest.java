package id.posyandu.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.json.PosyanduJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Spring Boot 3.5 with posyandu-spring-boot and nothing configured by the app. */
@SpringBootTest(classes = VisitsApp.class)
@AutoConfigureMockMvc
class PosyanduSpringBootTest {

  static final LocalDate DAY = LocalDate.of(2025, 11, 10);

  @Autowired MockMvc mvc;
  @Autowired Validator validator;

  static Visit visit(double weightKg, String id) {
    return Visit.builder().id(id).residentId("warga-17").kaderId("kader-2")
        .posyandu(PosyanduRegistrationNumber.parse("31.74.01.1001.002"))
        .date(DAY).setting(VisitSetting.POSYANDU_SESSION)
        .addRecords(Anthropometry.builder().weightKg(weightKg).build()).build();
  }

  static String json(Visit v) {
    return PosyanduJson.withoutValidation().write(v);
  }

  @Test
  void theLinesUnderTestAreBoot35WithHibernateValidator8() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
    assertThat(HibernateValidator.class.getPackage().getImplementationVersion()).startsWith("8.0.");
  }

  @Test
  void aValidVisitIsReadAndWrittenAsCanonicalJson() throws Exception {
    String body = json(visit(7.9, "kunjungan-1"));
    String answer = mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(PosyanduJson.withoutValidation().read(answer, Visit.class).value())
        .contains(visit(7.9, "kunjungan-1"));
  }

  @Test
  void anInvalidVisitIsAProblemDetailWithTheLibrarysCodesPathsAndBothLanguages()
      throws Exception {
    mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON)
            .content(json(visit(790, " "))))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:posyandu:problem:invalid-record"))
        .andExpect(jsonPath("$.title").value("Invalid record"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.instance").value("/visits"))
        .andExpect(jsonPath("$.violations.length()").value(2))
        .andExpect(jsonPath("$.violations[0].code").value("NOT_BLANK"))
        .andExpect(jsonPath("$.violations[0].path").value("id"))
        .andExpect(jsonPath("$.violations[1].code").value("RANGE"))
        .andExpect(jsonPath("$.violations[1].path").value("records[0].weightKg"))
        .andExpect(jsonPath("$.violations[1].severity").value("ERROR"))
        .andExpect(jsonPath("$.violations[1].messageId").value("harus antara 0,5 dan 250 kg"))
        .andExpect(jsonPath("$.violations[1].messageEn").value("must be between 0.5 and 250 kg"))
        .andExpect(jsonPath("$.violations[1].value").value("790.0"));
  }

  @Test
  void titleAndDetailFollowTheRequestsLanguage() throws Exception {
    mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "id").content(json(visit(790, "kunjungan-1"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("Rekaman tidak sah"))
        .andExpect(jsonPath("$.detail").value("records[0].weightKg: harus antara 0,5 dan 250 kg"));
  }

  @Test
  void anUnknownPropertyOfAPosyanduTypeIsRejected() throws Exception {
    String body = json(visit(7.9, "kunjungan-1")).replaceFirst("\\{", "{\"beratBadan\":7.9,");
    mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest());
    String nested = json(visit(7.9, "kunjungan-1")).replace("\"weightKg\"", "\"bb\":1,\"weightKg\"");
    mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON).content(nested))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theAppsOwnTypesKeepSpringsBehaviour() throws Exception {
    mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"ok\",\"extra\":1}"))
        .andExpect(status().isOk());
    mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations").doesNotExist());
  }

  @Test
  void springsValidatorFindsWhatPosyanduValidatorFinds() {
    Visit bad = visit(790, " ");
    List<String> spring = validator.validate(bad).stream()
        .map(ConstraintViolation::getPropertyPath).map(Object::toString).sorted()
        .collect(Collectors.toList());
    List<String> library = PosyanduValidator.asOf(DAY).validate(bad).stream()
        .map(v -> v.path()).sorted().collect(Collectors.toList());
    assertThat(spring).isEqualTo(library).containsExactly("id", "records[0].weightKg");
  }
}
