package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.module.SimpleModule;
import id.posyandu.json.internal.RecordCodec;
import id.posyandu.json.internal.ResultCodecs;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The components that RecordCodec is given for each record of the rules (so that it needs no
 * reflection on record components, which Android lacks) are the record's own, in order, with their
 * types: a component added to a record without its codec fails here.
 */
class RecordComponentsTest {

  @Test
  void everyRegisteredRecordNamesItsComponentsInDeclarationOrder() {
    Map<Class<?>, List<? extends RecordCodec.Component<?>>> registered =
        ResultCodecs.registerRecords(new SimpleModule());
    assertThat(registered).hasSize(6);
    registered.forEach((type, components) -> {
      List<String> declared = Arrays.stream(type.getRecordComponents())
          .map(c -> c.getName() + ":" + c.getType().getName()).collect(Collectors.toList());
      List<String> given = components.stream()
          .map(c -> c.name() + ":" + c.type().getName()).collect(Collectors.toList());
      assertThat(given).as(type.getSimpleName()).isEqualTo(declared);
    });
  }

  @Test
  void theRecordsOfTheRulesAreAllRegistered() {
    assertThat(ResultCodecs.registerRecords(new SimpleModule()).keySet())
        .allMatch(Class::isRecord);
    RecordComponent[] followUp = id.posyandu.rules.indicator.FollowUp.class.getRecordComponents();
    assertThat(followUp).isNotEmpty();
  }
}
