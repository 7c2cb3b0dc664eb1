// Like WideLocals, compiled with -g:none: wide local slots are described as <localN>.
public class NoDebugWide {
    static String absent;

    static long manyLocals(String param) {
        long v0 = 0L, v1 = 1L, v2 = 2L, v3 = 3L, v4 = 4L, v5 = 5L, v6 = 6L, v7 = 7L,
                v8 = 8L, v9 = 9L, v10 = 10L, v11 = 11L, v12 = 12L, v13 = 13L, v14 = 14L, v15 = 15L,
                v16 = 16L, v17 = 17L, v18 = 18L, v19 = 19L, v20 = 20L, v21 = 21L, v22 = 22L, v23 = 23L,
                v24 = 24L, v25 = 25L, v26 = 26L, v27 = 27L, v28 = 28L, v29 = 29L, v30 = 30L, v31 = 31L,
                v32 = 32L, v33 = 33L, v34 = 34L, v35 = 35L, v36 = 36L, v37 = 37L, v38 = 38L, v39 = 39L,
                v40 = 40L, v41 = 41L, v42 = 42L, v43 = 43L, v44 = 44L, v45 = 45L, v46 = 46L, v47 = 47L,
                v48 = 48L, v49 = 49L, v50 = 50L, v51 = 51L, v52 = 52L, v53 = 53L, v54 = 54L, v55 = 55L,
                v56 = 56L, v57 = 57L, v58 = 58L, v59 = 59L, v60 = 60L, v61 = 61L, v62 = 62L, v63 = 63L,
                v64 = 64L, v65 = 65L, v66 = 66L, v67 = 67L, v68 = 68L, v69 = 69L, v70 = 70L, v71 = 71L,
                v72 = 72L, v73 = 73L, v74 = 74L, v75 = 75L, v76 = 76L, v77 = 77L, v78 = 78L, v79 = 79L,
                v80 = 80L, v81 = 81L, v82 = 82L, v83 = 83L, v84 = 84L, v85 = 85L, v86 = 86L, v87 = 87L,
                v88 = 88L, v89 = 89L, v90 = 90L, v91 = 91L, v92 = 92L, v93 = 93L, v94 = 94L, v95 = 95L,
                v96 = 96L, v97 = 97L, v98 = 98L, v99 = 99L, v100 = 100L, v101 = 101L, v102 = 102L, v103 = 103L,
                v104 = 104L, v105 = 105L, v106 = 106L, v107 = 107L, v108 = 108L, v109 = 109L, v110 = 110L, v111 = 111L,
                v112 = 112L, v113 = 113L, v114 = 114L, v115 = 115L, v116 = 116L, v117 = 117L, v118 = 118L, v119 = 119L,
                v120 = 120L, v121 = 121L, v122 = 122L, v123 = 123L, v124 = 124L, v125 = 125L, v126 = 126L, v127 = 127L,
                v128 = 128L, v129 = 129L, v130 = 130L, v131 = 131L, v132 = 132L, v133 = 133L, v134 = 134L, v135 = 135L;
        String text = param;
        String[] array = null;
        int index = 0;
        index += 300;
        index -= 300;
        long sum = v0 + v135;
        for (int c = 0; c < 4; c++) {
            try {
                switch (c) {
                    case 0: sum += text.length(); break;
                    case 1: sum += array[index].length(); break;
                    case 2: text = absent; sum += text.length(); break;
                    default: sum += param.length(); break;
                }
                System.out.println(c + ": no exception");
            } catch (NullPointerException e) {
                System.out.println(c + ": " + e.getMessage());
            }
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println(manyLocals(null));
    }
}
