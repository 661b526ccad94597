.pragma library

// A length in milliseconds as a player shows it: "0:07", "12:34", "1:02:03".
function text(ms) {
    const total = Math.max(0, Math.floor((ms || 0) / 1000))
    const hours = Math.floor(total / 3600)
    const minutes = Math.floor(total / 60) % 60
    const seconds = String(total % 60).padStart(2, "0")
    return hours > 0 ? hours + ":" + String(minutes).padStart(2, "0") + ":" + seconds
                     : minutes + ":" + seconds
}
