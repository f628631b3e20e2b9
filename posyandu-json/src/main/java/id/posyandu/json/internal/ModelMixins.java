package id.posyandu.json.internal;

import com.fasterxml.jackson.databind.Module.SetupContext;
import id.posyandu.core.record.AdlScreening;
import id.posyandu.core.record.AncContact;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodGlucose;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.DevelopmentScreening;
import id.posyandu.core.record.DisasterPreparedness;
import id.posyandu.core.record.DrinkingWater;
import id.posyandu.core.record.DtsenRegistration;
import id.posyandu.core.record.KiaBook;
import id.posyandu.core.record.Haemoglobin;
import id.posyandu.core.record.HouseCondition;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.IncidentReport;
import id.posyandu.core.record.NeglectAssessment;
import id.posyandu.core.record.Phq4Screening;
import id.posyandu.core.record.PumaScreening;
import id.posyandu.core.record.Referral;
import id.posyandu.core.record.Sanitation;
import id.posyandu.core.record.SchoolEnrolment;
import id.posyandu.core.record.SkilasScreening;
import id.posyandu.core.record.SocialAssistance;
import id.posyandu.core.record.Srq20Screening;
import id.posyandu.core.record.Supplement;
import id.posyandu.core.record.TbSymptomScreening;
import id.posyandu.core.record.VisionHearingScreening;
import id.posyandu.core.record.ServiceRecord;

/**
 * The JSON mapping of the core model, registered by {@code PosyanduModule}: value types through
 * their builders ({@link ValueTypeCodec}), and the explicit names of the kinds of service record
 * ({@link #TYPE_NAMES}), written as the {@code type} member of each element of
 * {@code Visit.records}. The names are JSON vocabulary: renaming a Java class must not change them.
 */
public final class ModelMixins {

  /** The explicit JSON names of polymorphic model types. */
  public static final TypeNames TYPE_NAMES = new TypeNames()
        .add(ServiceRecord.class, "adlScreening", AdlScreening.class)
        .add(ServiceRecord.class, "ancContact", AncContact.class)
        .add(ServiceRecord.class, "anthropometry", Anthropometry.class)
        .add(ServiceRecord.class, "bloodGlucose", BloodGlucose.class)
        .add(ServiceRecord.class, "bloodPressure", BloodPressure.class)
        .add(ServiceRecord.class, "developmentScreening", DevelopmentScreening.class)
        .add(ServiceRecord.class, "disasterPreparedness", DisasterPreparedness.class)
        .add(ServiceRecord.class, "drinkingWater", DrinkingWater.class)
        .add(ServiceRecord.class, "dtsenRegistration", DtsenRegistration.class)
        .add(ServiceRecord.class, "kiaBook", KiaBook.class)
        .add(ServiceRecord.class, "haemoglobin", Haemoglobin.class)
        .add(ServiceRecord.class, "houseCondition", HouseCondition.class)
        .add(ServiceRecord.class, "immunization", Immunization.class)
        .add(ServiceRecord.class, "incidentReport", IncidentReport.class)
        .add(ServiceRecord.class, "neglectAssessment", NeglectAssessment.class)
        .add(ServiceRecord.class, "phq4Screening", Phq4Screening.class)
        .add(ServiceRecord.class, "pumaScreening", PumaScreening.class)
        .add(ServiceRecord.class, "referral", Referral.class)
        .add(ServiceRecord.class, "sanitation", Sanitation.class)
        .add(ServiceRecord.class, "schoolEnrolment", SchoolEnrolment.class)
        .add(ServiceRecord.class, "skilasScreening", SkilasScreening.class)
        .add(ServiceRecord.class, "socialAssistance", SocialAssistance.class)
        .add(ServiceRecord.class, "srq20Screening", Srq20Screening.class)
        .add(ServiceRecord.class, "supplement", Supplement.class)
        .add(ServiceRecord.class, "tbSymptomScreening", TbSymptomScreening.class)
        .add(ServiceRecord.class, "visionHearingScreening", VisionHearingScreening.class);

  private ModelMixins() {}

  /** Registers the model's (de)serializers with a mapper being set up. */
  public static void register(SetupContext context) {
    context.addSerializers(new ValueTypeCodec.Ser(TYPE_NAMES));
    context.addDeserializers(new ValueTypeCodec.Deser(TYPE_NAMES));
  }
}
