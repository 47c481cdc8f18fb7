/** A module that reaches into the SDK's implementation: javac must refuse it. */
module consumer.refused {
    requires ai.domainassist.core;
    requires ai.domainassist.medical;
}
