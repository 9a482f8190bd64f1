package io.corroborate.importer.telegram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatTest {
    @Test
    void aPublicChannelLinksToTmeAndAPrivateOneToTelegramsPostLocator() {
        assertThat(new Chat("1001234567", "channel", "Almaty Info", "almatyinfo").urlPrefix()).isEqualTo("https://t.me/almatyinfo/");
        assertThat(new Chat("1001234567", "channel", "Almaty Info", null).urlPrefix()).isEqualTo("tg://privatepost?channel=1001234567&post=");
    }

    @Test
    void privateChatsAndBasicGroupsGetTelegramsMessageLocatorEvenWithAUsername() {
        assertThat(new Chat("42424242", Chat.prefixForType("personal_chat"), "Aigerim", "aigerim").urlPrefix())
                .isEqualTo("tg://openmessage?user_id=42424242&message_id=");
        assertThat(new Chat("700700", Chat.prefixForType("private_group"), "Neighbours", null).urlPrefix())
                .isEqualTo("tg://openmessage?chat_id=700700&message_id=");
    }
}
