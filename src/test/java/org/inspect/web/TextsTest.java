package org.inspect.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.inspect.error.Field;
import org.inspect.rectification.Action;
import org.junit.jupiter.api.Test;

/** A service names actions and fields in its own terms; a page words them as the decisions and labels it shows. */
class TextsTest {

    private static final Object[] REFUSED = {5L, "已下发", "ISSUED", Action.ACCEPT,
        new Action[] {Action.RESPOND, Action.CONTEST}};

    @Test
    void aRefusedMoveNamesTheDecisionsThatApplyWithoutCommands() {
        assertEquals("事项 5 当前状态为“已下发”，不能复核通过。当前可以：报送整改情况、申辩。未作任何改动。",
                new Texts(Locale.CHINESE).t("rect.refused", REFUSED));
        assertEquals("Item 5 is 已下发 (ISSUED): it cannot accept now. What can be done now: respond, contest. Nothing"
                + " was changed.", new Texts(Locale.ENGLISH).t("rect.refused", REFUSED));
    }

    @Test
    void aFieldIsNamedByItsLabel() {
        assertEquals("说明为必填项，不能为空。", new Texts(Locale.CHINESE).t("rect.required", Field.NOTE));
        assertEquals("Account name is too long: 101 characters, at most 100 are kept. Nothing was changed.",
                new Texts(Locale.ENGLISH).t("input.tooLong", Field.ACCOUNT, 100, 101));
    }
}
