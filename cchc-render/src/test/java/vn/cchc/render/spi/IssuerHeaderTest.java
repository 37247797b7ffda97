package vn.cchc.render.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.AdministrativeUnitType;
import vn.cchc.model.IssuingUnit;

class IssuerHeaderTest {
  static vn.cchc.model.ImmutableIssuingUnit.Builder dinhCa() {
    return IssuingUnit.builder().asWritten("UBND thị trấn Đình Cả").body("UBND")
        .unitType(AdministrativeUnitType.TOWNSHIP).unitName("Đình Cả").level(AdministrativeLevel.COMMUNE);
  }

  @Test
  void aCommitteeIsWrittenInFullUnderItsSuperior() {
    IssuerHeader h = IssuerHeader.of(dinhCa().superior("UBND huyện Võ Nhai").build());
    assertThat(h.superior()).containsExactly("UBND HUYỆN VÕ NHAI");
    assertThat(h.issuer()).containsExactly("ỦY BAN NHÂN DÂN", "THỊ TRẤN ĐÌNH CẢ");
    assertThat(h.lines()).containsExactly("UBND HUYỆN VÕ NHAI", "ỦY BAN NHÂN DÂN", "THỊ TRẤN ĐÌNH CẢ");
  }

  @Test
  void aCommitteeWithoutSuperiorHasNoRegularLine() {
    IssuerHeader h = IssuerHeader.of(dinhCa().build());
    assertThat(h.superior()).isEmpty();
    assertThat(h.issuer()).containsExactly("ỦY BAN NHÂN DÂN", "THỊ TRẤN ĐÌNH CẢ");
  }

  @Test
  void anAgencyIsBoldUnderItsCommittee() {
    IssuingUnit u = IssuingUnit.builder().asWritten("UBND tỉnh Thái Nguyên").body("UBND")
        .unitType(AdministrativeUnitType.PROVINCE).unitName("Thái Nguyên").level(AdministrativeLevel.PROVINCE)
        .agency("Sở Nội vụ").build();
    IssuerHeader h = IssuerHeader.of(u);
    assertThat(h.superior()).containsExactly("UBND TỈNH THÁI NGUYÊN");
    assertThat(h.issuer()).containsExactly("SỞ NỘI VỤ");
  }

  @Test
  void anotherBodyIsWrittenAsTheReportWritesIt() {
    IssuingUnit u = dinhCa().asWritten("Hội đồng nhân dân thị trấn Đình Cả").body("HĐND").build();
    assertThat(IssuerHeader.of(u).issuer()).containsExactly("HỘI ĐỒNG NHÂN DÂN THỊ TRẤN ĐÌNH CẢ");
  }

  @Test
  void aHeaderNamesItsIssuer() {
    assertThatThrownBy(() -> new IssuerHeader(List.of("UBND HUYỆN VÕ NHAI"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuer is empty");
  }
}
