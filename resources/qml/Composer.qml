pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic

// The message field: Markdown, @-mentions and /commands with completion, the reply or edit
// preview above it, the emoji button and send. Enter sends and Shift+Enter adds a line (or
// Ctrl+Enter sends, when the "enterSends" setting is off); Up in an empty field edits the last
// message; Esc leaves reply/edit mode.
Rectangle {
    id: composer

    required property var controller
    property var media: null  // the session's media controller: attach and paste files
    property bool enterSends: true
    property var mentions: ({})
    // ":" completion: the EmojiModel (emoji by short code) and the StickerController (custom emoji)
    property var emojiModel: null
    property var stickers: null
    // completion: "" | "mention" | "command" | "emoji"; the typed word starts at completionStart
    property string completionKind: ""
    property int completionStart: -1
    property var suggestions: []
    // the app's SpellChecker (misspelled words underlined, suggestions on right-click), or null
    property var spelling: null

    signal sent()
    signal emojiRequested(Item anchor)
    signal stickersRequested(Item anchor)
    signal attachRequested()
    signal selectMessagesRequested()
    signal escapePressed()

    function focusInput() {
        input.forceActiveFocus()
    }
    function clear() {
        input.clear()
        composer.mentions = {}
    }
    function insertText(text) {
        input.insert(input.cursorPosition, text)
        input.forceActiveFocus()
    }
    function trySend() {
        if (input.text.trim().length === 0)
            return
        if (composer.controller.send(input.text, composer.mentions)) {
            composer.clear()
            composer.sent()
        }
    }

    // the word being typed at the cursor decides what to suggest
    function updateCompletion() {
        const text = input.text
        const cursor = input.cursorPosition
        let start = cursor
        while (start > 0 && !/\s/.test(text.charAt(start - 1)))
            start--
        const word = text.substring(start, cursor)
        if (word.startsWith("@") && word.length >= 1) {
            composer.suggestions = composer.controller.mentionSuggestions(word.substring(1))
            composer.completionKind = "mention"
        } else if (start === 0 && word.startsWith("/") && !word.startsWith("//")
                   && text.indexOf(" ") < 0 && text.indexOf("\n") < 0) {
            composer.suggestions = composer.controller.commandSuggestions(word.substring(1))
            composer.completionKind = "command"
        } else if (/^:[^:\s]{2,}$/.test(word)) {
            const query = word.substring(1)
            const custom = composer.stickers ? composer.stickers.emoticonSuggestions(query) : []
            const standard = composer.emojiModel ? composer.emojiModel.shortcodeSuggestions(query) : []
            composer.suggestions = custom.concat(standard).slice(0, 8)
            composer.completionKind = "emoji"
        } else {
            composer.suggestions = []
            composer.completionKind = ""
        }
        composer.completionStart = start
        completions.currentIndex = 0
    }

    function acceptCompletion(index) {
        const choice = composer.suggestions[index]
        if (!choice)
            return
        const start = composer.completionStart
        const end = input.cursorPosition
        if (composer.completionKind === "mention") {
            const map = composer.mentions
            map[choice.name] = choice.userId
            composer.mentions = map
            input.remove(start, end)
            input.insert(start, choice.name + " ")
        } else if (composer.completionKind === "emoji" && choice.url) {
            // a custom emoji: typed as :code:, sent as an inline picture (see the markdown renderer)
            const codes = composer.mentions
            codes[":" + choice.shortcode + ":"] = choice.url
            composer.mentions = codes
            input.remove(start, end)
            input.insert(start, ":" + choice.shortcode + ": ")
        } else if (composer.completionKind === "emoji") {
            input.remove(start, end)
            input.insert(start, choice.emoji)
            if (composer.emojiModel)
                composer.emojiModel.recordUse(choice.emoji)
        } else {
            input.remove(start, end)
            input.insert(start, "/" + choice.name + (choice.hint.length > 0 ? " " : ""))
        }
        composer.suggestions = []
        composer.completionKind = ""
    }

    // -- spelling, and the field's right-click menu ---------------------------------------------
    function attachSpelling() {
        if (composer.spelling)
            composer.spelling.attach(input.textDocument)
    }
    onSpellingChanged: attachSpelling()
    Component.onCompleted: attachSpelling()
    Binding {
        when: composer.spelling !== null
        target: composer.spelling
        property: "markColor"
        value: Theme.danger
    }
    Connections {
        target: composer.spelling
        function onSuggestionsReady(word: string, found: var) {
            if (word === textMenu.word && textMenu.looking) {
                textMenu.looking = false
                textMenu.suggestions = found
            }
        }
    }

    // a misspelled word offers what it could be and "Add to dictionary", above Cut, Copy, Paste
    function openTextMenu(position: point) {
        const at = composer.spelling ? composer.spelling.wordAt(input.textDocument, input.positionAt(position.x, position.y))
                                     : { word: "", misspelled: false }
        textMenu.word = at.misspelled ? at.word : ""
        textMenu.start = at.start ?? 0
        textMenu.end = at.end ?? 0
        textMenu.suggestions = []
        textMenu.looking = textMenu.word.length > 0
        if (textMenu.looking)
            composer.spelling.requestSuggestions(textMenu.word)
        textMenu.popup(input, position.x, position.y)
    }
    function replaceWord(replacement: string) {
        if (input.getText(textMenu.start, textMenu.end) !== textMenu.word)
            return  // the text changed meanwhile
        input.remove(textMenu.start, textMenu.end)
        input.insert(textMenu.start, replacement)
        input.forceActiveFocus()
    }

    AppMenu {
        id: textMenu
        objectName: "composerTextMenu"
        property string word: ""
        property int start: 0
        property int end: 0
        property var suggestions: []
        property bool looking: false
        readonly property var entries: textMenu.word.length === 0 ? []
            : textMenu.looking ? [{ kind: "note", text: qsTr("Looking for suggestions…") }]
            : (textMenu.suggestions.length > 0
               ? textMenu.suggestions.map(s => ({ kind: "suggestion", text: s }))
               : [{ kind: "note", text: qsTr("No suggestions") }])
              .concat([{ kind: "add", text: qsTr("Add to dictionary") }])

        // at the top, in order (a Repeater would append what it makes while the menu is open)
        Instantiator {
            model: textMenu.entries
            delegate: AppMenuItem {
                required property var modelData
                required property int index
                objectName: modelData.kind === "suggestion" ? "spellingSuggestion_" + index
                          : modelData.kind === "add" ? "addToDictionary" : "spellingNote"
                enabled: modelData.kind !== "note"
                text: modelData.text
                onTriggered: {
                    if (modelData.kind === "suggestion")
                        composer.replaceWord(modelData.text)
                    else if (modelData.kind === "add")
                        composer.spelling.addWord(textMenu.word)
                }
            }
            onObjectAdded: (index, object) => textMenu.insertItem(index, object as Item)
            onObjectRemoved: (index, object) => textMenu.removeItem(object as Item)
        }
        MenuSeparator {
            visible: textMenu.word.length > 0
            height: visible ? implicitHeight : 0
            contentItem: Rectangle {
                implicitHeight: 1
                color: Theme.divider
            }
        }
        AppMenuItem {
            objectName: "composerCut"
            text: qsTr("Cut")
            enabled: input.selectedText.length > 0
            onTriggered: input.cut()
        }
        AppMenuItem {
            objectName: "composerCopy"
            text: qsTr("Copy")
            enabled: input.selectedText.length > 0
            onTriggered: input.copy()
        }
        AppMenuItem {
            objectName: "composerPaste"
            text: qsTr("Paste")
            onTriggered: {
                if (!composer.media || !composer.media.pasteFromClipboard())
                    input.paste()
            }
        }
        AppMenuItem {
            objectName: "composerSelectAll"
            text: qsTr("Select all")
            enabled: input.text.length > 0
            onTriggered: input.selectAll()
        }
    }

    implicitHeight: modeBar.height + Math.max(56, Math.min(scroll.contentHeight, 400) + 2 * Theme.s2 + 2)
    color: Theme.surface

    // custom emoji or the emoji catalogue arrived while a ":" word is being typed: ask again
    Connections {
        target: composer.stickers
        function onEmoticonsChanged() {
            if (input.activeFocus)
                composer.updateCompletion()
        }
    }
    Connections {
        target: composer.emojiModel
        function onLoadedChanged() {
            if (input.activeFocus)
                composer.updateCompletion()
        }
    }

    Connections {
        target: composer.controller
        function onTextRestored(text: string) {
            input.text = text
            input.cursorPosition = text.length
            composer.mentions = {}
        }
    }

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.divider
    }

    // replying to / editing: what, with a close button
    Item {
        id: modeBar
        objectName: "composerModeBar"
        width: parent.width
        height: composer.controller.mode.length > 0 ? 48 : 0
        visible: height > 0
        clip: true

        Rectangle {
            x: Theme.s4 + 34
            anchors.verticalCenter: parent.verticalCenter
            width: 2
            height: 32
            radius: 1
            color: Theme.accent
        }
        Text {
            textFormat: Text.PlainText
            x: Theme.s4 + 8
            anchors.verticalCenter: parent.verticalCenter
            text: composer.controller.mode === "edit" ? "✎" : "↩"
            color: Theme.accent
            font.pixelSize: 20
        }
        Column {
            x: Theme.s4 + 44
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - x - 56
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: composer.controller.mode === "edit" ? qsTr("Edit message")
                                                          : qsTr("Reply to %1").arg(composer.controller.targetSender)
                color: Theme.accent
                font.pixelSize: Theme.fontMeta
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                objectName: "composerModeText"
                width: parent.width
                text: composer.controller.targetText
                color: Theme.textDim
                font.pixelSize: Theme.fontMeta
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
        RoundIconButton {
            objectName: "cancelComposerMode"
            anchors.right: parent.right
            anchors.rightMargin: Theme.s3
            anchors.verticalCenter: parent.verticalCenter
            iconSource: "../icons/close.svg"
            accessibleName: composer.controller.mode === "edit" ? qsTr("Cancel editing (Esc)")
                                                                : qsTr("Cancel the reply (Esc)")
            onClicked: {
                composer.controller.cancel()
                composer.focusInput()
            }
        }
    }

    RoundIconButton {
        id: attach
        objectName: "attachButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.s2
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (56 - height) / 2
        iconSource: "../icons/paperclip.svg"
        accessibleName: qsTr("Attach files (Ctrl+O)")
        onClicked: composer.attachRequested()
    }

    RoundIconButton {
        id: emoji
        objectName: "emojiButton"
        anchors.left: attach.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (56 - height) / 2
        iconSource: "../icons/emoji.svg"
        accessibleName: qsTr("Emoji")
        onClicked: composer.emojiRequested(emoji)
    }

    RoundIconButton {
        id: sticker
        objectName: "stickerButton"
        anchors.left: emoji.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (56 - height) / 2
        iconSource: "../icons/sticker.svg"
        accessibleName: qsTr("Stickers")
        onClicked: composer.stickersRequested(sticker)
    }

    ScrollView {
        id: scroll
        anchors.left: sticker.right
        anchors.leftMargin: Theme.s1
        anchors.right: send.left
        anchors.rightMargin: Theme.s2
        anchors.top: modeBar.bottom
        anchors.topMargin: Theme.s2 + 1
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.s2

        TextArea {
            id: input
            objectName: "composer"
            placeholderText: qsTr("Write a message…")
            placeholderTextColor: Theme.placeholder
            color: Theme.text
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            textFormat: TextEdit.PlainText
            verticalAlignment: TextEdit.AlignVCenter
            topPadding: Theme.s2
            bottomPadding: Theme.s2
            leftPadding: Theme.s1
            Accessible.name: qsTr("Message")
            background: null

            // spelling suggestions, Cut, Copy, Paste (the composer's menu, not the stock one)
            TapHandler {
                acceptedButtons: Qt.RightButton
                onTapped: (point) => composer.openTextMenu(point.position)
            }

            // the dictionary loads when a field is first used, not at start-up
            onActiveFocusChanged: if (activeFocus && composer.spelling) composer.spelling.start()
            onTextChanged: {
                if (input.length > 0 && composer.spelling)
                    composer.spelling.start()  // a draft put back, or a paste: check it at once
                composer.controller.textEdited(input.text)
                composer.updateCompletion()
            }
            onCursorPositionChanged: if (composer.completionKind.length > 0) composer.updateCompletion()

            Keys.onPressed: function(event) {
                if (event.matches(StandardKey.Paste) && composer.media && composer.media.pasteFromClipboard()) {
                    event.accepted = true  // a picture or files: the send preview opens
                    return
                }
                const completing = composer.suggestions.length > 0
                if (completing && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
                    const step = event.key === Qt.Key_Down ? 1 : -1
                    const n = composer.suggestions.length
                    completions.currentIndex = (completions.currentIndex + step + n) % n
                    event.accepted = true
                    return
                }
                if (completing && (event.key === Qt.Key_Tab || event.key === Qt.Key_Return
                                   || event.key === Qt.Key_Enter)) {
                    composer.acceptCompletion(completions.currentIndex)
                    event.accepted = true
                    return
                }
                if (event.key === Qt.Key_Escape) {
                    if (completing) {
                        composer.suggestions = []
                        composer.completionKind = ""
                    } else if (composer.controller.mode.length > 0) {
                        composer.controller.cancel()
                    } else {
                        composer.escapePressed()
                    }
                    event.accepted = true
                    return
                }
                if (event.key === Qt.Key_Up && (event.modifiers & Qt.ControlModifier)) {
                    composer.selectMessagesRequested()
                    event.accepted = true
                    return
                }
                if (event.key === Qt.Key_Up && input.text.length === 0 && event.modifiers === Qt.NoModifier) {
                    event.accepted = composer.controller.editLast()
                    return
                }
                if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter)
                    return
                const shift = event.modifiers & Qt.ShiftModifier
                const ctrl = event.modifiers & Qt.ControlModifier
                if (composer.enterSends ? (!shift && !ctrl) || ctrl : ctrl) {
                    composer.trySend()
                    event.accepted = true
                }
            }
        }
    }

    RoundIconButton {
        id: send
        objectName: "sendButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.s3
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (56 - height) / 2
        iconSource: "../icons/send.svg"
        tint: input.text.trim().length > 0 ? Theme.accent : Theme.placeholder
        enabled: input.text.trim().length > 0
        // an empty field offers the microphone in its place
        visible: enabled || composer.controller.mode === "edit" || !composer.media
        accessibleName: composer.controller.mode === "edit" ? qsTr("Save the edit") : qsTr("Send")
        onClicked: composer.trySend()
    }

    // a voice message: the mic where send is while the field is empty; recording covers the field.
    // Held down, it records until released (sent) or dragged away first (thrown away); a click
    // (or Space) starts a recording that stays, with Cancel and Send.
    RoundIconButton {
        id: mic
        objectName: "voiceRecordButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.s3
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (56 - height) / 2
        visible: !send.visible
        iconSource: "../icons/mic.svg"
        accessibleName: qsTr("Record a voice message (hold to talk)")
        down: hold.pressed
        onClicked: composer.media.recorder.start()  // from the keyboard

        MouseArea {
            id: hold
            // how far the pointer may stray from the mic before letting go throws the take away
            readonly property int slack: 64
            readonly property int heldFor: 400  // ms: a shorter press is a click
            property real since: 0
            property bool away: false
            anchors.fill: parent
            function strayed(mouse) {
                return mouse.x < -slack || mouse.y < -slack || mouse.x > width + slack || mouse.y > height + slack
            }
            onPressed: {
                away = false
                composer.media.recorder.start()
                // counted from when recording started: opening the microphone can take a
                // moment, and a click's release, waiting meanwhile, must not count as a hold
                // (it sent an empty take instead of showing the recorder)
                since = Date.now()
            }
            onPositionChanged: (mouse) => away = strayed(mouse)
            onReleased: (mouse) => {
                const recorder = composer.media.recorder
                const held = Date.now() - since >= heldFor
                away = false
                if (!recorder.recording || !held)
                    return
                if (strayed(mouse))
                    recorder.cancel()
                else
                    recorder.send()
            }
        }
    }
    VoiceRecorder {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 56
        recorder: composer.media ? composer.media.recorder : null
        holding: hold.pressed
        letGoCancels: hold.away
        onClosed: composer.focusInput()
    }

    // suggestions for the word being typed, just above the field
    Popup {
        id: completionPopup
        objectName: composer.completionKind === "command" ? "commandCompleter"
                    : composer.completionKind === "emoji" ? "emojiCompleter" : "mentionCompleter"
        visible: composer.suggestions.length > 0 && input.activeFocus
        x: Theme.s3
        y: -height - Theme.s1
        width: Math.min(360, composer.width - 2 * Theme.s3)
        height: Math.min(completions.contentHeight, 6 * 44) + 2 * Theme.s1
        padding: Theme.s1
        closePolicy: Popup.NoAutoClose
        focus: false
        background: Rectangle {
            radius: Theme.radiusControl
            color: Theme.surfaceRaised
            border.color: Theme.divider
        }
        contentItem: ListView {
            id: completions
            clip: true
            model: composer.suggestions
            currentIndex: 0
            delegate: ItemDelegate {
                id: suggestion
                required property var modelData
                required property int index
                objectName: "completion"
                width: ListView.view.width
                height: 44
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus
                Accessible.name: composer.completionKind === "mention" ? (modelData.name || "")
                                 : composer.completionKind === "emoji" ? suggestion.label
                                 : "/" + (modelData.name || "")
                // ":code:" of an emoji suggestion (custom emoji have a url, standard ones a name)
                readonly property string label: ":" + (modelData.url ? modelData.shortcode : modelData.name) + ":"
                onClicked: composer.acceptCompletion(index)
                background: Rectangle {
                    radius: Theme.radiusControl - 2
                    color: suggestion.highlighted || suggestion.hovered ? Theme.hover : "transparent"
                }
                contentItem: Item {
                    Avatar {
                        id: suggestionAvatar
                        visible: composer.completionKind === "mention"
                        anchors.verticalCenter: parent.verticalCenter
                        size: 28
                        initials: suggestion.modelData.initials || ""
                        tint: suggestion.modelData.color || Theme.accent
                    }
                    Item {
                        id: glyph
                        visible: composer.completionKind === "emoji"
                        anchors.verticalCenter: parent.verticalCenter
                        width: 28
                        height: 28
                        Text {
                            anchors.centerIn: parent
                            visible: !suggestion.modelData.url
                            text: suggestion.modelData.emoji || ""
                            font.pixelSize: 22
                            textFormat: Text.PlainText
                        }
                        Image {
                            objectName: "customEmojiImage"
                            anchors.fill: parent
                            visible: !!suggestion.modelData.url
                            source: suggestion.modelData.source || ""
                            sourceSize.width: 56
                            sourceSize.height: 56
                            fillMode: Image.PreserveAspectFit
                            asynchronous: true
                        }
                    }
                    Column {
                        anchors.left: suggestionAvatar.visible ? suggestionAvatar.right : glyph.visible ? glyph.right : parent.left
                        anchors.leftMargin: suggestionAvatar.visible || glyph.visible ? Theme.s2 : 0
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        Text {
                            width: parent.width
                            text: composer.completionKind === "mention" ? (suggestion.modelData.name || "")
                                  : composer.completionKind === "emoji" ? suggestion.label
                                  : "/" + (suggestion.modelData.name || "") + " " + (suggestion.modelData.hint || "")
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                        Text {
                            width: parent.width
                            text: (composer.completionKind === "mention" ? suggestion.modelData.userId
                                   : composer.completionKind === "emoji" && suggestion.modelData.url
                                   ? suggestion.modelData.pack
                                   : suggestion.modelData.description) || ""
                            color: Theme.textDim
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                    }
                }
            }
        }
    }
}
