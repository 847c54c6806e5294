package org.openluna.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void everyErrorCodeIsUnique() {
        var codes = new HashSet<Integer>();
        Arrays.stream(ErrorCode.values()).forEach(e -> assertThat(codes.add(e.code())).as(e.name()).isTrue());
    }

    @Test
    void theSeedsCodesKeepTheSeedsNumbersAndTexts() {
        assertThat(ErrorCode.INTERNAL_ERROR.code()).isEqualTo(1);
        assertThat(ErrorCode.BAD_BASIC_AUTHORIZATION.code()).isEqualTo(11065);
        assertThat(ErrorCode.BAD_BASIC_AUTHORIZATION.detailTemplate()).isEqualTo("Bad format basic authorization header");
        assertThat(new LunaException(ErrorCode.ACCOUNT_HEADER_NOT_FOUND).body())
                .isEqualTo(new ErrorBody(11066, "Bad/incomplete input data", "Luna-Account-Id header not found"));
        assertThat(ErrorCode.BAD_QUERY_PARAMETER.code()).isEqualTo(12012);
        assertThat(new LunaException(ErrorCode.BAD_QUERY_PARAMETER, "account_id").detail()).isEqualTo("Bad query parameters 'account_id'");
        assertThat(ErrorCode.BAD_CONTENT_TYPE.code()).isEqualTo(12017);
        assertThat(ErrorCode.JSON_VALIDATION_FAILED.code()).isEqualTo(12022);
        assertThat(ErrorCode.UNSUPPORTED_MEDIA_TYPE.code()).isEqualTo(12024);
        assertThat(new LunaException(ErrorCode.IMAGE_NOT_FOUND, "7acc35cf-a3b2-4f87-8d8b-5496a2782d37").body())
                .isEqualTo(new ErrorBody(13003, "Object not found", "Image with id '7acc35cf-a3b2-4f87-8d8b-5496a2782d37' not found"));
    }

    @Test
    void anErrorRendersWithTheSeedsFieldNames() {
        var json = new String(Json.write(new LunaException(ErrorCode.TOKEN_CORRUPTED).body()));
        assertThat(json).isEqualTo("{\"error_code\":11062,\"desc\":\"Forbidden\",\"detail\":\"Specified token corrupted\"}");
    }
}
