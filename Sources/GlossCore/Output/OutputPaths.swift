/// Output file names come from document ids, which may come from stdin. This maps an id
/// to a relative path that can never leave the output folder: every segment is kept only
/// if it is a plain name, and anything else is percent-encoded (so the map is one-to-one).
public enum OutputPaths {
    public static func relativePath(forDocumentID id: String, extension ext: String) -> String {
        let segments = id.split(separator: "/", omittingEmptySubsequences: true).map { encodeSegment(String($0)) }
        let joined = segments.isEmpty ? "%00" : segments.joined(separator: "/")
        return joined + "." + ext
    }

    private static func encodeSegment(_ segment: String) -> String {
        var out = ""
        for (index, scalar) in segment.unicodeScalars.enumerated() {
            let isSafe: Bool
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", " ", "(", ")", ",", "+", "=", "@": isSafe = true
            // A leading dot would make hidden files, "." and ".." would walk the tree.
            case ".": isSafe = index > 0
            default: isSafe = scalar.value >= 0xA0 && scalar.properties.isAlphabetic
            }
            if isSafe {
                out.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
