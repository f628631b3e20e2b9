package id.posyandu.spring.boot3;

import id.posyandu.core.record.Visit;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A back end as a Puskesmas would write it: nothing configured for posyandu. */
@SpringBootApplication
public class VisitsApp {

  @RestController
  static class Visits {
    @PostMapping("/visits")
    Visit create(@Valid @RequestBody Visit visit) {
      return visit;
    }

    @PostMapping("/notes")
    Note note(@Valid @RequestBody Note note) {
      return note;
    }
  }

  /** An app's own type: Spring's own handling applies to it. */
  public static class Note {
    @jakarta.validation.constraints.NotBlank
    public String text;
  }
}
