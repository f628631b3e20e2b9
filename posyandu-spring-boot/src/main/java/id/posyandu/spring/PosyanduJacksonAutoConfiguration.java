package id.posyandu.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.posyandu.json.PosyanduModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link PosyanduModule} with Spring Boot's {@code ObjectMapper} (Boot installs every
 * {@code Module} bean; it ignores {@code META-INF/services}) and makes that mapper reject unknown
 * properties of posyandu types, as {@code PosyanduJson} does, without changing how it reads the
 * application's own types.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass({ObjectMapper.class, Jackson2ObjectMapperBuilderCustomizer.class})
public class PosyanduJacksonAutoConfiguration {

  /** The library's Jackson module: canonical JSON of every core and rules type. */
  @Bean
  @ConditionalOnMissingBean
  public PosyanduModule posyanduModule() {
    return new PosyanduModule();
  }

  /** Unknown properties of posyandu types are errors on Spring's mapper too. */
  @Bean
  public Jackson2ObjectMapperBuilderCustomizer posyanduUnknownPropertiesRejected() {
    return builder -> builder.postConfigurer(
        mapper -> mapper.addHandler(new RejectUnknownPosyanduProperties()));
  }
}
