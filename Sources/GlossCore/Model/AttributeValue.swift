/// A typed attribute value. A `.reference` holds another annotation's id; exporters turn
/// it into their own relation form (brat `R`, UIMA feature reference, W3C link).
public enum AttributeValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case reference(AnnotationID)
    case list([AttributeValue])
    case object(Attributes)

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var referenceValue: AnnotationID? {
        if case .reference(let id) = self { return id }
        return nil
    }

    public var doubleValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }
}

extension AttributeValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
