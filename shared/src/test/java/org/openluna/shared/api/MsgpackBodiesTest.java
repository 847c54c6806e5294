package org.openluna.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A msgpack body is one whole value, as a JSON body is: nothing after it, nothing cut short. */
class MsgpackBodiesTest {

    @Test
    void aWholeMapIsReadAsTheJsonTreeItStandsFor() {
        // {"a": 1}
        var tree = MsgpackBodies.tree(new byte[] {(byte) 0x81, (byte) 0xA1, 'a', 0x01});
        assertThat(tree.toString()).isEqualTo("{\"a\":1}");
    }

    @Test
    void bytesAfterTheValueOrAValueCutShortAreRefused() {
        for (var body : new byte[][] {
                {(byte) 0x80, (byte) 0xFF, (byte) 0xFF},               // an empty map, then two more bytes
                {(byte) 0x81, (byte) 0xDE, (byte) 0xFF, (byte) 0xFF},  // a map whose key claims 65535 entries and has none
                {(byte) 0xDE, (byte) 0xFF, (byte) 0xFF},               // a map of 65535 entries with none
                {(byte) 0x82, (byte) 0xA1, 'a', 0x01}}) {              // a map of two entries with one
            var error = catchThrowableOfType(LunaException.class, () -> MsgpackBodies.tree(body));
            assertThat(error).as("body %s", java.util.HexFormat.of().formatHex(body)).isNotNull();
            assertThat(error.error()).isEqualTo(ErrorCode.BAD_MSGPACK);
        }
    }
}
