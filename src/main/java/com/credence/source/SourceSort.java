package com.credence.source;

/** How the sources list is ordered: by name, by number of claims, or by number of contested claims (most first). */
public enum SourceSort {
    NAME, CLAIMS, CONTESTED
}
