package id.posyandu.rules.spm;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.record.KiaBook;
import id.posyandu.core.record.NeglectAssessment;
import id.posyandu.core.record.ServiceRecord;
import org.junit.jupiter.api.Test;

class RecordTypeBitsTest {

  @Test
  void aQueryMaskHoldsTheBitsOfItsSubclassesSeenSoFarAndTheOverflowBit() {
    Class<?> kia = KiaBook.builder().owned(true).build().getClass();
    long kiaBit = RecordTypeBits.bit(kia);
    assertThat(Long.bitCount(kiaBit)).isOne();
    assertThat(kiaBit & RecordTypeBits.UNUSED).isZero();
    assertThat(RecordTypeBits.mask(KiaBook.class) & kiaBit).isEqualTo(kiaBit);
    assertThat(RecordTypeBits.mask(ServiceRecord.class) & kiaBit).isEqualTo(kiaBit);
    assertThat(RecordTypeBits.mask(NeglectAssessment.class) & kiaBit).isZero();
    assertThat(RecordTypeBits.mask(NeglectAssessment.class) & RecordTypeBits.OVERFLOW).isNotZero();

    // a class registered after a query was answered is in the next answer
    long before = RecordTypeBits.mask(Local.class);
    long localBit = RecordTypeBits.bit(LocalRecord.class);
    assertThat(before & localBit).isZero();
    assertThat(RecordTypeBits.mask(Local.class) & localBit).isEqualTo(localBit);
    assertThat(RecordTypeBits.bit(LocalRecord.class)).isEqualTo(localBit);
  }

  /** A query type only this test's record implements. */
  interface Local extends ServiceRecord {}

  /** Registered by this test only. */
  record LocalRecord() implements Local {
    @Override
    public id.posyandu.core.SpmArea area() {
      return id.posyandu.core.SpmArea.KESEHATAN;
    }
  }
}
