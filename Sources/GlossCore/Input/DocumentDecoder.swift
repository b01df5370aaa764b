import Foundation

/// Turns a file's bytes into a `Document`: drops (and records) a leading BOM, keeps
/// everything else byte for byte, and rejects what is not text.
public enum DocumentDecoder {
    public static func read(path: String, id: String, maxBytes: Int) throws(DocumentError) -> Document {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            throw DocumentError(document: path, problem: code == ENOENT ? .notFound : .unreadable(reason: String(cString: strerror(code))))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw DocumentError(document: path, problem: .unreadable(reason: String(cString: strerror(errno))))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw DocumentError(document: path, problem: .unreadable(reason: "is a folder")) }
        if Int(status.st_size) > maxBytes {
            throw DocumentError(document: path, problem: .tooLarge(size: Int(status.st_size), limit: maxBytes))
        }
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw DocumentError(document: path, problem: .unreadable(reason: String(cString: strerror(errno))))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxBytes { throw DocumentError(document: path, problem: .tooLarge(size: bytes.count, limit: maxBytes)) }
        }
        return try decode(bytes, id: id, source: path)
    }

    public static func decode(_ bytes: [UInt8], id: String, source: String?) throws(DocumentError) -> Document {
        let name = source ?? id
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? bytes[3...] : bytes[...]
        if body.isEmpty { throw DocumentError(document: name, problem: .empty) }
        if let problem = firstProblem(body) { throw DocumentError(document: name, problem: problem) }
        return Document(id: id, text: String(decoding: body, as: UTF8.self), source: source, hadByteOrderMark: hasBOM)
    }

    /// The first invalid UTF-8 sequence or NUL byte, with its offset in the file.
    static func firstProblem(_ bytes: ArraySlice<UInt8>) -> DocumentError.Problem? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b == 0 { return .nulByte(byteOffset: i) }
            if b < 0x80 { i += 1; continue }
            let length: Int
            let minimum: UInt32
            var value: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; value = UInt32(b & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; value = UInt32(b & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; value = UInt32(b & 0x07); minimum = 0x10000
            default: return .invalidUTF8(byteOffset: i)
            }
            guard i + length <= end else { return .invalidUTF8(byteOffset: i) }
            for j in 1..<length {
                let c = bytes[i + j]
                guard c & 0xC0 == 0x80 else { return .invalidUTF8(byteOffset: i) }
                value = value << 6 | UInt32(c & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            if value < minimum || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return .invalidUTF8(byteOffset: i) }
            i += length
        }
        return nil
    }
}
