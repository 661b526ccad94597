pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic

// A popup made the first time it is needed, so the window starts without building every dialog.
// It stands where the popup was declared, with the popup's component inside:
//     LazyPopup { id: about; host: page; AboutDialog { … } }
// about.open() makes and opens it; about.get() makes it and gives it, to set what it shows first.
QtObject {
    id: lazy

    required property Item host  // the popup's parent, as if it were declared inside it
    default property Component component
    property Popup item: null  // the popup, once made
    readonly property bool made: item !== null
    readonly property bool visible: made && item.visible

    function get(): Popup {
        if (lazy.item === null)
            lazy.item = lazy.component.createObject(lazy.host) as Popup
        return lazy.item
    }
    function open() {
        lazy.get().open()
    }
    function close() {
        if (lazy.item !== null)
            lazy.item.close()
    }
}
