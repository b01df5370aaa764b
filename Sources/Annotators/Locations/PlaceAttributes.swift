import GlossCore

/// How a place is written into an annotation's attributes.
enum PlaceAttributes {
    static func of(_ place: Place) -> Attributes {
        var attributes = brief(place)
        attributes["latitude"] = .number(place.latitude)
        attributes["longitude"] = .number(place.longitude)
        if place.population > 0 { attributes["population"] = .integer(place.population) }
        if !place.admin1.isEmpty && place.featureClass != .country { attributes["admin1_code"] = .string(place.admin1) }
        if place.flags.contains(.capital) { attributes["capital"] = .bool(true) }
        if place.flags.contains(.derivedCoordinates) { attributes["coordinates_derived"] = .bool(true) }
        return attributes
    }

    /// Id, name, class and country: enough to tell alternatives apart.
    static func brief(_ place: Place) -> Attributes {
        var attributes: Attributes = [
            "name": .string(place.name),
            "feature": .string(place.featureClass.rawValue),
        ]
        if place.geonameID != 0 { attributes["geonames_id"] = .integer(place.geonameID) }
        if !place.countryCode.isEmpty { attributes["country_code"] = .string(place.countryCode) }
        return attributes
    }
}
