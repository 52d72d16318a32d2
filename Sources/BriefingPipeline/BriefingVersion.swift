/// The tool's version, written into the PDF's Creator field.
public enum BriefingVersion {
    public static let current = "0.1.0"
}
