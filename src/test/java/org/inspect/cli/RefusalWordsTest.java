package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.function.Supplier;
import org.inspect.error.Field;
import org.inspect.rectification.Action;
import org.junit.jupiter.api.Test;

/** A service names actions and fields in its own terms; the command line words them as its commands and options. */
class RefusalWordsTest {

    private static String in(Locale locale, Supplier<String> text) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return text.get();
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aRefusedMoveNamesTheCommandsThatApply() {
        Object[] args = {5L, "已下发", "ISSUED", Action.ACCEPT, new Action[] {Action.RESPOND, Action.CONTEST}};
        assertEquals("Item 5 is 已下发 (ISSUED): rectify accept does not apply. Commands that apply now: rectify respond, "
                + "rectify contest. Nothing was changed.", in(Locale.ENGLISH, () -> Messages.get("rect.refused", args)));
        assertEquals("事项 5 当前状态为“已下发”，不能执行 rectify accept。当前可用的命令：rectify respond, rectify contest。"
                + "未作任何改动。", in(Locale.SIMPLIFIED_CHINESE, () -> Messages.get("rect.refused", args)));
    }

    @Test
    void aWithdrawalIsTheDismissalOfItsFindingAndNoMoveLeftIsADash() {
        assertEquals("Item 9 is 已撤销 (WITHDRAWN): finding dismiss does not apply. Commands that apply now: -. Nothing"
                + " was changed.", in(Locale.ENGLISH, () -> Messages.get("rect.refused", 9L, "已撤销", "WITHDRAWN",
                        Action.WITHDRAW, new Action[0])));
    }

    @Test
    void aFieldIsNamedByItsOptionAndTheAccountByUser() {
        assertEquals("--note is required and may not be blank.",
                in(Locale.ENGLISH, () -> Messages.get("rect.required", Field.NOTE)));
        assertEquals("--user is too long: 101 characters, at most 100 are kept. Nothing was changed.",
                in(Locale.ENGLISH, () -> Messages.get("input.tooLong", Field.ACCOUNT, 100, 101)));
    }
}
