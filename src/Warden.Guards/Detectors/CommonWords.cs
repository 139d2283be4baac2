namespace Warden.Guards.Detectors;

/// <summary>Capitalised words that are also names or places in the gazetteers but are usually ordinary words.</summary>
internal static class CommonWords
{
    public static readonly HashSet<string> Capitalized = new(
    [
        "The", "This", "That", "These", "Those", "A", "An", "I", "We", "You", "He", "She", "It", "They", "My", "Our", "Your", "His", "Her",
        "Their", "If", "In", "On", "At", "To", "For", "From", "With", "And", "Or", "But", "So", "As", "By", "Of", "Is", "Are", "Was", "Be",
        "Will", "May", "June", "April", "August", "March", "Mark", "Bill", "Rose", "Grant", "Hope", "Joy", "Faith", "Art", "Dawn", "Guy",
        "Jack", "Page", "Carol", "Chase", "Lane", "Young", "Long", "White", "Black", "Brown", "Green", "Gray", "Grey", "Hill", "King", "Love",
        "Hall", "Wood", "Bell", "Price", "Cook", "Rich", "Summer", "Winter", "Autumn", "Spring", "Sunny", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "July", "September", "October", "November", "December", "Christmas",
        "Easter", "God", "Lord", "Jesus", "English", "French", "German", "Spanish", "Python", "Java", "Ruby", "Rust", "Go", "Swift", "Crystal",
        "Dear", "Hi", "Hello", "Thanks", "Thank", "Please", "Yes", "No", "Not", "All", "Any", "Some", "Each", "Every", "Many", "Much", "More",
        "Most", "Other", "Such", "What", "Which", "Who", "Whom", "Whose", "When", "Where", "Why", "How", "Can", "Could", "Would", "Should",
        "Must", "Shall", "Might", "Do", "Does", "Did", "Have", "Has", "Had", "Get", "Got", "Make", "Made", "Let", "Set", "See", "Look", "Note",
        "New", "Old", "Big", "Small", "Great", "Good", "Best", "First", "Last", "Next", "Then", "Now", "Here", "There", "Today", "Tomorrow",
        "Yesterday", "Sun", "Moon", "Star", "Sky", "Sea", "Ocean", "River", "Lake", "Mountain", "Street", "Road", "Avenue", "North", "South",
        "East", "West", "Central", "Union", "United", "State", "States", "City", "Park", "Bay", "Beach", "Valley", "Port", "Mount", "Fort",
        "Golden", "Silver", "Royal", "Prince", "Princess", "Queen", "Justice", "Liberty", "Victory", "Unity", "Destiny", "Harmony", "Angel",
        "Baby", "Honey", "Sugar", "Candy", "Cherry", "Olive", "Ivy", "Holly", "Daisy", "Lily", "Violet", "Ruby", "Amber", "Jade", "Pearl", "Crystal",
        "Sage", "River", "Sky", "Rain", "Storm", "Blue", "Red", "Major", "General", "Captain", "Doctor", "Nurse", "Bishop", "Pope", "Sir",
        "Miss", "Mr", "Mrs", "Ms", "Dr", "Prof", "Hey", "Ok", "OK", "Okay", "Sure", "Also", "However", "Therefore", "Because", "While", "After",
        "Before", "During", "Since", "Until", "Into", "About", "Over", "Under", "Between", "Through", "Without", "Within", "Again", "Just",
        "Only", "Even", "Still", "Well", "Very", "Really", "Always", "Never", "Often", "Sometimes", "Usually", "Maybe", "Perhaps", "Write",
        "Tell", "Give", "Show", "Find", "Use", "Help", "Explain", "Describe", "Create", "Ignore", "Return", "Print", "Check", "Add", "Remove",
        "Delete", "Update", "Send", "Call", "Email", "Phone", "Address", "Name", "Date", "Time", "Account", "Card", "Number", "Password",
        "Key", "Token", "Secret", "User", "Admin", "System", "Server", "Client", "Data", "File", "Code", "Error", "Warning", "Info", "Debug",
        "True", "False", "Null", "None", "Home", "Office", "Work", "School", "Church", "Hospital", "Bank", "Center", "Centre", "Court",
        "Florida", "Georgia", "Virginia", "Carolina", "Dakota", "Jordan", "Chad", "Israel", "Paris", "Sydney", "Victoria", "Charlotte",
        "Madison", "Austin", "Houston", "Dallas", "Denver", "Phoenix", "Orlando", "Lincoln", "Jackson", "Washington", "Kingston", "Regina",

        // Session 19: determiners and pronouns that open German, French, Italian and Spanish sentences ("Dieser Vertrag
        // unterliegt …"); none is a name particle ("Der", "Le", "La", "El", "Das" are, and are left out).
        "Dieser", "Diese", "Dieses", "Diesem", "Diesen", "Die", "Ein", "Eine", "Einen", "Ich", "Wir", "Cette", "Ces", "Cet", "Nous",
        "Vous", "Questo", "Questa", "Questi", "Queste", "Este", "Esta", "Estos", "Estas", "Nosotros",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Capitalised words of headings, product and UI text ("Design Review", "Open Settings", "Clear Cache"): never read as
    /// the start of an unknown name.
    /// </summary>
    public static readonly HashSet<string> Heading = new(
    [
        "Design", "Review", "Report", "Meeting", "Service", "Services", "Support", "Terms", "Policy", "Team", "Project", "Manager", "Engineer", "Sale",
        "Product", "Release", "Notes", "Department", "Board", "Committee", "Annual", "Open", "Close", "Clear", "Cache", "Restart", "Start", "Stop", "Access",
        "Linear", "Logistic", "Random", "Forest", "Deep", "Machine", "Data", "Cloud", "Remote", "Full", "Part", "Time", "Blue", "Canary", "Green", "Settings",
        "Privacy", "Advanced", "Basic", "Premium", "Pro", "Plus", "Free", "Trial", "Edition", "Version", "Quick", "Guide", "Manual", "Chapter", "Section",
        "Table", "Figure", "Appendix", "Summary", "Overview", "Introduction", "Conclusion", "Abstract", "Results", "Method", "Methods", "Error", "Code",
        "Denied", "Granted", "Failed", "Success", "Pending", "Draft", "Final", "Public", "Private", "Internal", "External", "Global", "Local", "Default",
        "Custom", "Standard", "Special", "General", "Annual", "Monthly", "Weekly", "Daily", "Quarterly", "Budget", "Revenue", "Growth", "Sales", "Marketing",
        "Finance", "Legal", "Human", "Resources", "Customer", "Client", "Vendor", "Partner", "Account", "Billing", "Invoice", "Order", "Payment", "Shipping",
        "Delivery", "Return", "Refund", "Login", "Logout", "Sign", "Register", "Submit", "Cancel", "Save", "Edit", "View", "Share", "Download", "Upload",
        "Search", "Filter", "Sort", "Next", "Previous", "Back", "Home", "About", "Contact", "Careers", "Blog", "News", "Events", "Store", "Shop", "Cart",
        "Checkout", "Profile", "Dashboard", "Admin", "Console", "Portal", "Gateway", "Network", "Security", "Platform", "Engine", "Model", "Agent", "Tool",
        "Task", "Goal", "Plan", "Step", "Phase", "Stage", "Level", "Grade", "Class", "Course", "Lesson", "Unit", "Module", "Test", "Exam", "Quiz", "Final",
        "Room", "Floor", "Building", "Campus", "Hall", "Lab", "Neural", "Docker", "Linux", "Windows", "Microsoft", "Google", "Apple", "Amazon", "Meta",
        "Patient", "Customer", "Employee", "Officer", "Mister", "Madame", "Senior", "Junior", "Foundation", "Resolution", "Volume", "Volumes", "Episode", "Season", "Series", "Act", "Scene",
        // Imperatives and quantifiers that open sentences in documentation before a product name ("Run Warden", "Several Warden").
        "Run", "Point", "Upgrade", "Install", "Configure", "Enable", "Disable", "Build", "Deploy", "Several", "Invalid",
    ], StringComparer.Ordinal);

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadingSpan = Heading.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookups into <see cref="Capitalized"/> (declared after it so the set exists when this is initialised).</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalizedSpan = Capitalized.GetAlternateLookup<ReadOnlySpan<char>>();
}
